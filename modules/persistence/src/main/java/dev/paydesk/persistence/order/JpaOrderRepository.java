package dev.paydesk.persistence.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.persistence.search.JpqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Orders in the {@code payment_order} table. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaOrderRepository() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaOrderRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Order order) {
    try {
      em.persist(order);
      order.storeTimelineWith(em::persist);
      em.flush(); // a taken unique key fails here, inside the caller's transaction
    } catch (PersistenceException e) {
      if (isIntegrityViolation(e)) {
        throw new DuplicateOrderException(
            "merchant order id " + order.merchantOrderId() + " or its idempotency key is taken", e);
      }
      throw e;
    }
  }

  /** SQL state class 23 (integrity constraint violation), the same on PostgreSQL and H2. */
  private static boolean isIntegrityViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Order> findByPublicId(CheckoutId id) {
    return single("PaymentOrder.byPublicId", id.value());
  }

  @Override
  public Optional<Order> read(CheckoutId id) {
    // orm.xml: with its payments in one statement, not registered with the transaction
    return em.createNamedQuery("PaymentOrder.readForDisplay", Order.class)
        .setParameter("v", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
    return single("PaymentOrder.byIdempotencyKey", idempotencyKey);
  }

  @Override
  public Optional<Order> findByMerchantOrderId(String merchantOrderId) {
    return single("PaymentOrder.byMerchantOrderId", merchantOrderId);
  }

  @Override
  public Optional<Order> lock(CheckoutId id) {
    return locked("PaymentOrder.lockByPublicId", id.value());
  }

  @Override
  public Optional<Order> lockByGatewayMerchantOrderId(String gatewayMerchantOrderId) {
    return locked("PaymentOrder.lockByGatewayMerchantOrderId", gatewayMerchantOrderId);
  }

  @Override
  public Optional<Order> lockByGatewayOrderId(String gatewayOrderId) {
    return locked("PaymentOrder.lockByGatewayOrderId", gatewayOrderId);
  }

  @Override
  public List<Order> findDue(Instant dueAt, Optional<Order> after, int limit) {
    // one query per open status, each a range of ix_payment_order_due (V16) read in index order
    // and cut at the limit, then merged: a page costs the same among a thousand or a million
    // stored orders (an IN over both statuses would sort every due order to find the first page)
    String jpql =
        "SELECT o FROM PaymentOrder o WHERE o.status = :status AND o.expiresAt <= :due"
            + (after.isPresent()
                // the first conjunct is implied by the second; it is what makes the page's start
                // an index condition (the OR alone is a filter over every due order before it:
                // a page halfway through 100,000 due among a million took 98 ms, 7 ms with it)
                ? " AND o.expiresAt >= :afterAt"
                    + " AND (o.expiresAt > :afterAt OR (o.expiresAt = :afterAt AND o.id > :afterId))"
                : "")
            + " ORDER BY o.expiresAt, o.id";
    List<Order> due = new java.util.ArrayList<>();
    for (OrderStatus open : List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.UNDERPAID)) {
      var query =
          em.createQuery(jpql, Order.class)
              .setParameter("status", open)
              .setParameter("due", dueAt)
              .setMaxResults(limit)
              // their payments in one more query, not one per order (2 x 100 a page before)
              .setHint("eclipselink.batch", "o.payments")
              .setHint("eclipselink.batch.type", "IN");
      after.ifPresent(
          a ->
              query
                  .setParameter("afterAt", a.expiresAt().orElseThrow())
                  .setParameter("afterId", a.id()));
      due.addAll(query.getResultList());
    }
    return due.stream()
        .sorted(
            java.util.Comparator.<Order, Instant>comparing(o -> o.expiresAt().orElseThrow())
                .thenComparing(Order::id))
        .limit(limit)
        .map(this::wired)
        .toList();
  }

  @Override
  public List<Order> lockAll(java.util.Collection<CheckoutId> ids) {
    return locked(ids).map(this::wired).toList();
  }

  /**
   * Locked as {@link #lockAll} locks, then let go of by the persistence context: EclipseLink
   * neither compares them at commit nor writes them; {@link #storeExpiries} does, in two batches.
   */
  @Override
  public List<Order> lockAllForBulkChange(java.util.Collection<CheckoutId> ids) {
    List<Order> locked = locked(ids).toList();
    locked.forEach(em::detach);
    return locked;
  }

  private java.util.stream.Stream<Order> locked(java.util.Collection<CheckoutId> ids) {
    if (ids.isEmpty()) {
      return java.util.stream.Stream.empty();
    }
    return em.createQuery(
            "SELECT o FROM PaymentOrder o WHERE o.publicId IN :ids ORDER BY o.id", Order.class)
        .setParameter("ids", ids.stream().map(CheckoutId::value).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.batch", "o.payments")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream();
  }

  /**
   * Two JDBC batches on the transaction's own connection (where the rows were locked): one UPDATE
   * per order and one INSERT per timeline entry, each sent once for the whole page, where
   * EclipseLink would send an UPDATE, an INSERT and a {@code select lastval()} per order. The
   * version is checked as EclipseLink checks it, and raised as it raises it.
   */
  @Override
  public void storeExpiries(List<Order> expired) {
    if (expired.isEmpty()) {
      return;
    }
    java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
    try (java.sql.PreparedStatement update = connection.prepareStatement(UPDATE_EXPIRED);
        java.sql.PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
      for (Order order : expired) {
        update.setString(1, order.status().name());
        update.setObject(2, utc(order.expiredAt().orElseThrow()));
        update.setObject(3, utc(order.updatedAt()));
        update.setInt(4, order.timelineLength());
        update.setLong(5, order.id());
        update.setLong(6, order.version());
        update.addBatch();
        order.storeTimelineWith(entry -> addEntry(insert, order, entry));
      }
      int[] updated = update.executeBatch();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] != 1 && updated[i] != java.sql.Statement.SUCCESS_NO_INFO) {
          throw new jakarta.persistence.OptimisticLockException(
              "order " + expired.get(i).publicId() + " changed while it was locked");
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("storing " + expired.size() + " expired orders failed", e);
    }
  }

  private static final String UPDATE_EXPIRED =
      "UPDATE payment_order SET status = ?, expired_at = ?, updated_at = ?, timeline_length = ?,"
          + " version = version + 1 WHERE id = ? AND version = ?";

  private static final String INSERT_ENTRY =
      "INSERT INTO order_event (order_id, entry_no, occurred_at, kind, source, from_status,"
          + " to_status, detail, notification_id, record_id, actor)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void addEntry(java.sql.PreparedStatement insert, Order order, TimelineEntry e) {
    try {
      insert.setLong(1, order.id());
      insert.setInt(2, e.entryNo());
      insert.setObject(3, utc(e.occurredAt()));
      insert.setString(4, e.kind().name());
      insert.setString(5, e.source().name());
      insert.setString(6, e.fromStatus().map(Enum::name).orElse(null));
      insert.setString(7, e.toStatus().map(Enum::name).orElse(null));
      insert.setString(8, e.detail().orElse(null));
      insert.setObject(9, e.notificationId().orElse(null), java.sql.Types.BIGINT);
      insert.setString(10, e.recordId().orElse(null));
      insert.setString(11, e.actor().orElse(null));
      insert.addBatch();
    } catch (SQLException failure) {
      throw new PersistenceException("timeline entry of " + order.publicId(), failure);
    }
  }

  private static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  @Override
  public List<Order> findToReconcile(Instant detectedBefore, Instant expiredAfter, int limit) {
    return em.createQuery(
            "SELECT o FROM PaymentOrder o WHERE (o.status = :detected AND o.updatedAt <= :detectedBefore) "
                + "OR (o.status IN :expired AND o.expiredAt >= :expiredAfter) ORDER BY o.updatedAt",
            Order.class)
        .setParameter("detected", OrderStatus.PAYMENT_DETECTED)
        .setParameter("detectedBefore", detectedBefore)
        .setParameter(
            "expired",
            List.of(OrderStatus.EXPIRED, OrderStatus.EXPIRED_UNDERPAID, OrderStatus.CANCELLED))
        .setParameter("expiredAfter", expiredAfter)
        .setMaxResults(limit)
        .getResultStream()
        .map(this::wired)
        .toList();
  }

  @Override
  public ResultPage<Order> search(OrderSearch search) {
    JpqlFilter filter = filterOf(search);
    List<Order> items = pageOf(filter, search);
    long total =
        search.page() == 0 && items.size() < search.size()
            ? items.size()
            : filter.count(em, "SELECT COUNT(o) FROM PaymentOrder o");
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  @Override
  public List<Order> page(OrderSearch search) {
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

  private List<Order> pageOf(JpqlFilter filter, OrderSearch search) {
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
        .map(this::wired)
        .toList();
  }

  @Override
  public List<Order> exportPage(OrderSearch search, long afterId, int size) {
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
            .and("o.tokenId = :tokenId", "tokenId", search.tokenId())
            .and(
                "o.merchantOrderId = :merchantOrderId",
                "merchantOrderId",
                search.merchantOrderId());
    if (search.toReview()) {
      filter.and("o.reviewSince IS NOT NULL", Map.of());
    }
    if (search.text() != null) {
      anyId(filter, search.text());
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

  private void anyId(JpqlFilter filter, String text) {
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
    String ownIds =
        "o.merchantOrderId = :text OR o.publicId = :text OR o.gatewayOrderId = :text"
            + " OR o.gatewayMerchantOrderId = :text OR o.payAddress = :text";
    if (viaPayments.isEmpty()) {
      filter.and("(" + ownIds + ")", Map.of("text", text));
    } else {
      filter.and(
          "(" + ownIds + " OR o.id IN :viaPayments)",
          Map.of("text", text, "viaPayments", viaPayments));
    }
  }

  @Override
  public List<TimelineEntry> timelineOf(CheckoutId id) {
    return em.createQuery(
            "SELECT e FROM TimelineEntry e WHERE e.order.publicId = :id ORDER BY e.entryNo",
            TimelineEntry.class)
        .setParameter("id", id.value())
        .getResultList();
  }

  @Override
  public Map<OrderStatus, Long> countByStatus(Instant createdFrom, Instant createdBefore) {
    Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    created(createdFrom, createdBefore)
        .query(
            em,
            "SELECT o.status, COUNT(o) FROM PaymentOrder o",
            " GROUP BY o.status",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OrderStatus) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public Map<String, BigDecimal> paidByCrypto(Instant createdFrom, Instant createdBefore) {
    return sums(
        created(createdFrom, createdBefore)
            .and("p.status = :success", "success", PaymentStatus.SUCCESS)
            .query(
                em,
                "SELECT o.crypto, SUM(p.amount) FROM Payment p JOIN p.order o",
                " GROUP BY o.crypto",
                Object[].class)
            .getResultList());
  }

  @Override
  public Map<String, BigDecimal> paidPriceByCurrency(Instant createdFrom, Instant createdBefore) {
    return sums(
        created(createdFrom, createdBefore)
            .and("o.status IN :paid", "paid", List.copyOf(OrderStatus.PAID_STATUSES))
            .query(
                em,
                "SELECT o.currency, SUM(o.price) FROM PaymentOrder o",
                " GROUP BY o.currency",
                Object[].class)
            .getResultList());
  }

  @Override
  public long countDetectedSince(Instant before) {
    return em.createQuery(
            "SELECT COUNT(o) FROM PaymentOrder o WHERE o.status = :detected"
                + " AND o.updatedAt <= :before",
            Long.class)
        .setParameter("detected", OrderStatus.PAYMENT_DETECTED)
        .setParameter("before", before)
        .getSingleResult();
  }

  @Override
  public long countToReview() {
    return em.createQuery(
            "SELECT COUNT(o) FROM PaymentOrder o WHERE o.reviewSince IS NOT NULL", Long.class)
        .getSingleResult();
  }

  private static JpqlFilter created(Instant from, Instant before) {
    return new JpqlFilter()
        .and("o.createdAt >= :createdFrom", "createdFrom", from)
        .and("o.createdAt < :createdBefore", "createdBefore", before);
  }

  private static Map<String, BigDecimal> sums(List<Object[]> rows) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Object[] row : rows) {
      if (row[0] != null && row[1] != null) {
        sums.put((String) row[0], (BigDecimal) row[1]);
      }
    }
    return sums;
  }

  /** A named query of orm.xml that locks what it finds (lock-mode PESSIMISTIC_WRITE there). */
  private Optional<Order> locked(String namedQuery, String value) {
    return em.createNamedQuery(namedQuery, Order.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst()
        .map(this::wired);
  }

  private Optional<Order> single(String namedQuery, String value) {
    return em.createNamedQuery(namedQuery, Order.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst()
        .map(this::wired);
  }

  /** New timeline entries are stored as the order records them: its timeline is never loaded. */
  private Order wired(Order order) {
    order.storeTimelineWith(em::persist);
    return order;
  }
}
