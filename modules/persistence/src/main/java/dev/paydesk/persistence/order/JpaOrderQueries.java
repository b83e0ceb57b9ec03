package dev.paydesk.persistence.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.ExportPage;
import dev.paydesk.application.order.OrderQueries;
import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.persistence.search.JpqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders read for display: views built from {@code payment_order} and {@code order_event} inside
 * the caller's transaction; nothing read here is changed or written.
 */
@ApplicationScoped
public class JpaOrderQueries implements OrderQueries {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaOrderQueries() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaOrderQueries(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<CheckoutView> checkout(CheckoutId id) {
    return read(id).map(CheckoutView::of);
  }

  /** The order behind {@link #checkout}: read in one statement and never saved. */
  Optional<Order> read(CheckoutId id) {
    // orm.xml: with its payments in one statement, not registered with the transaction
    return em.createNamedQuery("PaymentOrder.readForDisplay", Order.class)
        .setParameter("v", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public ResultPage<CheckoutView> search(OrderSearch search) {
    JpqlFilter filter = filterOf(search);
    List<CheckoutView> items = pageOf(filter, search);
    long total =
        search.page() == 0 && items.size() < search.size()
            ? items.size()
            : filter.count(em, "SELECT COUNT(o) FROM PaymentOrder o");
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  @Override
  public List<CheckoutView> page(OrderSearch search) {
    return pageOf(filterOf(search), search);
  }

  @Override
  public long countUpTo(OrderSearch search, int limit) {
    // the ids of at most `limit` matches, from an index where one fits: a bounded read, where
    // COUNT(*) reads every match (about 100 ms for all of a million orders on PostgreSQL)
    return filterOf(search)
        .query(em, "SELECT o.id FROM PaymentOrder o", "", Long.class)
        .setMaxResults(limit)
        .getResultList()
        .size();
  }

  private List<CheckoutView> pageOf(JpqlFilter filter, OrderSearch search) {
    String orderBy =
        switch (search.sort()) {
          case NEWEST_FIRST -> " ORDER BY o.createdAt DESC, o.id DESC";
          case OLDEST_FIRST -> " ORDER BY o.createdAt, o.id";
          case RECENTLY_UPDATED_FIRST -> " ORDER BY o.updatedAt DESC, o.id DESC";
        };
    return filter
        .query(em, "SELECT o FROM PaymentOrder o", orderBy, Order.class)
        // the page's payments in one more query, not one per order
        .setHint("eclipselink.batch", "o.payments")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(search.page() * search.size())
        .setMaxResults(search.size())
        .getResultStream()
        .map(CheckoutView::of)
        .toList();
  }

  @Override
  public ExportPage exportPage(OrderSearch search, long afterId, int size) {
    List<Order> found = exportRows(search, afterId, size);
    return new ExportPage(
        found.stream().map(CheckoutView::of).toList(),
        found.isEmpty() ? afterId : found.get(found.size() - 1).id(),
        found.size() == size);
  }

  /** The rows of {@link #exportPage}, as stored. */
  List<Order> exportRows(OrderSearch search, long afterId, int size) {
    return filterOf(search)
        .and("o.id > :afterId", "afterId", afterId)
        .query(em, "SELECT o FROM PaymentOrder o", " ORDER BY o.id", Order.class)
        .setHint("eclipselink.batch", "o.payments")
        .setHint("eclipselink.batch.type", "IN")
        .setMaxResults(size)
        .getResultList();
  }

  private JpqlFilter filterOf(OrderSearch search) {
    JpqlFilter filter =
        new JpqlFilter()
            .and(
                "o.status IN :statuses",
                "statuses",
                search.statuses().isEmpty() ? null : List.copyOf(search.statuses()))
            .and("o.createdAt >= :createdFrom", "createdFrom", search.createdFrom())
            .and("o.createdAt < :createdBefore", "createdBefore", search.createdBefore())
            .and("o.terms.tokenId = :tokenId", "tokenId", search.tokenId())
            .and(
                "o.merchantOrderId = :merchantOrderId",
                "merchantOrderId",
                search.merchantOrderId());
    if (search.toReview()) {
      filter.and("o.review.since IS NOT NULL", Map.of());
    }
    if (search.text() != null) {
      anyId(filter, search.text(), search.idPrefix());
    }
    return filter;
  }

  /**
   * Matches any of an order's ids. The payments' txids and record ids are looked up first, so that
   * the order query is one OR over indexed columns (an EXISTS in it made PostgreSQL scan every
   * order: 311 ms against under 2 ms at a million orders).
   */
  /** Orders one search term may find through payments at most. */
  static final int MAX_ORDERS_BY_PAYMENT = 100;

  private void anyId(JpqlFilter filter, String text, boolean byPrefix) {
    // a txid is one or a few payments (two records in one transaction), a record id one: the IN
    // list stays short whatever the term (the API refuses "internal transfer", shared by all)
    List<Long> viaPayments =
        em.createQuery(
                "SELECT p.order.id FROM Payment p WHERE p.txid = :tx OR p.recordId = :t",
                Long.class)
            .setParameter("t", text)
            .setParameter("tx", dev.paydesk.domain.payment.PaymentReport.canonicalTxid(text))
            .setMaxResults(MAX_ORDERS_BY_PAYMENT)
            .getResultList();
    // the merchant order id also by its start and in any case (t-20 finds T-2004): the lower-cased
    // id is indexed for LIKE on PostgreSQL (MerchantOrderIdPrefixIndex)
    String ownIds =
        "o.merchantOrderId = :text"
            + (byPrefix ? " OR LOWER(o.merchantOrderId) LIKE :prefix ESCAPE '\\'" : "")
            + " OR o.publicId = :text OR o.attempt.gatewayOrderId = :text"
            + " OR o.attempt.gatewayMerchantOrderId = :text OR o.pay.payAddress = :text";
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("text", text);
    if (byPrefix) {
      parameters.put("prefix", likePrefix(text));
    }
    if (viaPayments.isEmpty()) {
      filter.and("(" + ownIds + ")", parameters);
    } else {
      parameters.put("viaPayments", viaPayments);
      filter.and("(" + ownIds + " OR o.id IN :viaPayments)", parameters);
    }
  }

  /** The term lower-cased as the start of a LIKE pattern, its own % and _ taken literally. */
  static String likePrefix(String text) {
    return text.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }

  @Override
  public List<TimelineEntryView> timeline(CheckoutId id) {
    return entries(id).stream().map(TimelineEntryView::of).toList();
  }

  /** The entries of {@link #timeline}, as stored. */
  List<TimelineEntry> entries(CheckoutId id) {
    return em.createQuery(
            "SELECT e FROM TimelineEntry e WHERE e.order.publicId = :id ORDER BY e.entryNo",
            TimelineEntry.class)
        .setParameter("id", id.value())
        .getResultList();
  }
}
