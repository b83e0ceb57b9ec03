package dev.paydesk.persistence.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.webhook.NotificationLog;
import dev.paydesk.domain.webhook.NotificationSearch;
import dev.paydesk.domain.webhook.ReceivedNotification;
import dev.paydesk.domain.webhook.ReceivedNotification.Outcome;
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

/** Notifications in the {@code webhook_notification} table. */
@ApplicationScoped
public class JpaNotificationLog implements NotificationLog {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaNotificationLog() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaNotificationLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ReceivedNotification notification) {
    em.persist(notification);
    em.flush(); // assigns the id that timeline entries link to
  }

  @Override
  public boolean addIfRepeat(
      ReceivedNotification notification, PaymentReport report, String gatewayOrderId) {
    if (report.recordId() == null || notification.gatewayMerchantOrderId().isEmpty()) {
      return false;
    }
    // orm.xml: the same body again is only counted on the stored row (one UPDATE)
    int counted =
        em.createNamedQuery("ReceivedNotification.countRepeat")
            .setParameter(1, notification.receivedAt().atOffset(ZoneOffset.UTC))
            .setParameter(2, report.recordId())
            .setParameter(3, notification.body())
            .setParameter(4, report.transactionKey())
            .setParameter(5, report.status().name())
            .setParameter(6, notification.gatewayMerchantOrderId().get())
            .setParameter(7, gatewayOrderId)
            .setParameter(8, report.txid())
            .executeUpdate();
    if (counted == 1) {
      return true;
    }
    // orm.xml: one INSERT … SELECT that both decides and logs, prepared once
    return em.createNamedQuery("ReceivedNotification.addIfRepeat")
            .setParameter(1, notification.receivedAt().atOffset(ZoneOffset.UTC))
            .setParameter(2, notification.clientAddress().orElse(null))
            .setParameter(3, notification.bodyBytes().orElse(null))
            .setParameter(4, notification.headers())
            .setParameter(5, notification.body())
            .setParameter(6, report.recordId())
            .setParameter(7, notification.payStatus().orElse(null))
            .setParameter(8, notification.gatewayMerchantOrderId().get())
            .setParameter(9, report.transactionKey())
            .setParameter(10, report.status().name())
            .setParameter(11, gatewayOrderId)
            .setParameter(12, report.txid())
            .executeUpdate()
        == 1;
  }

  @Override
  public int purge(
      Instant cutoff, java.util.Set<ReceivedNotification.Outcome> outcomes, int limit) {
    List<Long> ids =
        em.createQuery(
                "SELECT n.id FROM ReceivedNotification n WHERE n.receivedAt < :cutoff"
                    + " AND n.outcome IN :outcomes ORDER BY n.id",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setParameter("outcomes", outcomes)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery("DELETE FROM ReceivedNotification n WHERE n.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Override
  public List<ReceivedNotification> findByRecordId(String recordId) {
    return em.createQuery(
            "SELECT n FROM ReceivedNotification n WHERE n.recordId = :r ORDER BY n.id",
            ReceivedNotification.class)
        .setParameter("r", recordId)
        .getResultList();
  }

  @Override
  public Optional<ReceivedNotification> find(long id) {
    return Optional.ofNullable(em.find(ReceivedNotification.class, id));
  }

  @Override
  public ResultPage<ReceivedNotification> search(NotificationSearch search) {
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
    List<ReceivedNotification> items =
        filter
            .query(
                em,
                "SELECT n FROM ReceivedNotification n",
                " ORDER BY n.receivedAt DESC, n.id DESC",
                ReceivedNotification.class)
            .setFirstResult(search.page() * search.size())
            .setMaxResults(search.size())
            .getResultList();
    long total =
        search.page() == 0 && items.size() < search.size()
            ? items.size()
            : filter.count(em, "SELECT COUNT(n) FROM ReceivedNotification n");
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  @Override
  public Map<Outcome, Long> countByOutcome(Instant since) {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    em.createQuery(
            "SELECT n.outcome, COUNT(n) FROM ReceivedNotification n WHERE n.receivedAt >= :since"
                + " GROUP BY n.outcome",
            Object[].class)
        .setParameter("since", since)
        .getResultList()
        .forEach(row -> counts.put((Outcome) row[0], (Long) row[1]));
    return counts;
  }
}
