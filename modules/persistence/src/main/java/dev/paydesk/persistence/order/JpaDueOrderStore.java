package dev.paydesk.persistence.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueCursor;
import dev.paydesk.domain.order.DueOrderStore;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The expiry sweep's pages of {@code payment_order} by keyset (index {@code ix_payment_order_due},
 * V16), and its bulk write in plain JDBC on the transaction's own connection.
 */
@ApplicationScoped
public class JpaDueOrderStore implements DueOrderStore {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaDueOrderStore() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaDueOrderStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Order> findDue(Instant dueAt, Optional<DueCursor> after, int limit) {
    // one query per open status, each a range of ix_payment_order_due read in index order and cut
    // at the limit, then merged: a page costs the same among a thousand or a million stored
    // orders (an IN over both statuses would sort every due order to find the first page)
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
    List<Order> due = new ArrayList<>();
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
          a -> query.setParameter("afterAt", a.expiresAt()).setParameter("afterId", a.rowId()));
      due.addAll(query.getResultList());
    }
    return due.stream()
        .sorted(
            Comparator.<Order, Instant>comparing(o -> o.expiresAt().orElseThrow())
                .thenComparing(Order::id))
        .limit(limit)
        .map(o -> Stored.wired(em, o))
        .toList();
  }

  /**
   * One locking statement for the whole page. The untracked orders are then let go of by the
   * persistence context: EclipseLink neither compares them at commit nor writes them; {@link
   * #storeExpiries} does, in two batches.
   */
  @Override
  public List<Order> lockPage(Collection<CheckoutId> ids, Set<CheckoutId> tracked) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Order> locked =
        em.createQuery(
                "SELECT o FROM PaymentOrder o WHERE o.publicId IN :ids ORDER BY o.id", Order.class)
            .setParameter("ids", ids.stream().map(CheckoutId::value).toList())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("eclipselink.batch", "o.payments")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    for (Order order : locked) {
      if (tracked.contains(order.publicId())) {
        Stored.wired(em, order);
      } else {
        em.detach(order);
      }
    }
    return locked;
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
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement update = connection.prepareStatement(UPDATE_EXPIRED);
        PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
      for (Order order : expired) {
        update.setString(1, order.status().name());
        update.setObject(2, utc(order.expiredAt().orElseThrow()));
        update.setObject(3, utc(order.updatedAt()));
        update.setInt(4, order.timelineLength());
        update.setLong(5, order.id());
        update.setLong(6, order.version());
        update.addBatch();
        order.timeline().storeWith(entry -> addEntry(insert, order, entry));
      }
      int[] updated = update.executeBatch();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] != 1 && updated[i] != Statement.SUCCESS_NO_INFO) {
          throw new OptimisticLockException(
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
          + " to_status, detail, webhook_id, record_id, actor)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void addEntry(PreparedStatement insert, Order order, TimelineEntry e) {
    try {
      insert.setLong(1, order.id());
      insert.setInt(2, e.entryNo());
      insert.setObject(3, utc(e.occurredAt()));
      insert.setString(4, e.kind().name());
      insert.setString(5, e.source().name());
      insert.setString(6, e.fromStatus().map(Enum::name).orElse(null));
      insert.setString(7, e.toStatus().map(Enum::name).orElse(null));
      insert.setString(8, e.detail().orElse(null));
      insert.setObject(9, e.webhookId().orElse(null), Types.BIGINT);
      insert.setString(10, e.recordId().orElse(null));
      insert.setString(11, e.actor().orElse(null));
      insert.addBatch();
    } catch (SQLException failure) {
      throw new PersistenceException("timeline entry of " + order.publicId(), failure);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
