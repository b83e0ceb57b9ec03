package dev.paydesk.persistence.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookLog;
import dev.paydesk.domain.webhook.WebhookSearch;
import dev.paydesk.persistence.search.JpqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhooks in the {@code received_webhook} table. */
@ApplicationScoped
public class JpaWebhookLog implements WebhookLog {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaWebhookLog() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaWebhookLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ReceivedWebhook webhook) {
    em.persist(webhook);
    em.flush(); // assigns the id that timeline entries link to
  }

  @Override
  public boolean addIfRepeat(ReceivedWebhook webhook, PaymentReport report, String gatewayOrderId) {
    if (report.recordId() == null || webhook.gatewayMerchantOrderId().isEmpty()) {
      return false;
    }
    // orm.xml: the same body again is only counted on the stored row (one UPDATE)
    int counted =
        em.createNamedQuery("ReceivedWebhook.countRepeat")
            .setParameter(1, webhook.receivedAt().atOffset(ZoneOffset.UTC))
            .setParameter(2, report.recordId())
            .setParameter(3, webhook.body())
            .setParameter(4, report.transactionKey())
            .setParameter(5, report.status().name())
            .setParameter(6, webhook.gatewayMerchantOrderId().get())
            .setParameter(7, gatewayOrderId)
            .setParameter(8, report.txid())
            .executeUpdate();
    if (counted == 1) {
      return true;
    }
    // orm.xml: one INSERT … SELECT that both decides and logs, prepared once
    return em.createNamedQuery("ReceivedWebhook.addIfRepeat")
            .setParameter(1, webhook.receivedAt().atOffset(ZoneOffset.UTC))
            .setParameter(2, webhook.clientAddress().orElse(null))
            .setParameter(3, webhook.bodyBytes().orElse(null))
            .setParameter(4, webhook.headers())
            .setParameter(5, webhook.body())
            .setParameter(6, report.recordId())
            .setParameter(7, webhook.payStatus().orElse(null))
            .setParameter(8, webhook.gatewayMerchantOrderId().get())
            .setParameter(9, report.transactionKey())
            .setParameter(10, report.status().name())
            .setParameter(11, gatewayOrderId)
            .setParameter(12, report.txid())
            .executeUpdate()
        == 1;
  }

  @Override
  public int purge(Instant cutoff, java.util.Set<ReceivedWebhook.Outcome> outcomes, int limit) {
    List<Long> ids =
        em.createQuery(
                "SELECT n.id FROM ReceivedWebhook n WHERE n.receivedAt < :cutoff"
                    + " AND n.outcome IN :outcomes ORDER BY n.id",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setParameter("outcomes", outcomes)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery("DELETE FROM ReceivedWebhook n WHERE n.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Override
  public List<ReceivedWebhook> findByRecordId(String recordId) {
    return em.createQuery(
            "SELECT n FROM ReceivedWebhook n WHERE n.recordId = :r ORDER BY n.id",
            ReceivedWebhook.class)
        .setParameter("r", recordId)
        .getResultList();
  }

  @Override
  public Optional<ReceivedWebhook> find(long id) {
    return Optional.ofNullable(em.find(ReceivedWebhook.class, id));
  }

  @Override
  public ResultPage<ReceivedWebhook> search(WebhookSearch search) {
    JpqlFilter filter =
        new JpqlFilter()
            .and(
                "n.outcome IN :outcomes",
                "outcomes",
                search.outcomes().isEmpty() ? null : List.copyOf(search.outcomes()))
            .and("n.receivedAt >= :receivedFrom", "receivedFrom", search.receivedFrom())
            .and("n.receivedAt < :receivedBefore", "receivedBefore", search.receivedBefore())
            .and(
                "(n.recordId = :text OR n.gatewayMerchantOrderId = :text"
                    + " OR n.orderPublicId = :text)",
                "text",
                search.text());
    List<ReceivedWebhook> items =
        filter
            .query(
                em,
                "SELECT n FROM ReceivedWebhook n",
                " ORDER BY n.receivedAt DESC, n.id DESC",
                ReceivedWebhook.class)
            .setFirstResult(search.page() * search.size())
            .setMaxResults(search.size())
            .getResultList();
    long total =
        search.page() == 0 && items.size() < search.size()
            ? items.size()
            : filter.count(em, "SELECT COUNT(n) FROM ReceivedWebhook n");
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  @Override
  public Map<Outcome, Long> countByOutcome(Instant since) {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    em.createQuery(
            "SELECT n.outcome, COUNT(n) FROM ReceivedWebhook n WHERE n.receivedAt >= :since"
                + " GROUP BY n.outcome",
            Object[].class)
        .setParameter("since", since)
        .getResultList()
        .forEach(row -> counts.put((Outcome) row[0], (Long) row[1]));
    return counts;
  }
}
