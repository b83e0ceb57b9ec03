package dev.paydesk.persistence.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The write side's orders in the {@code payment_order} table: added, found and locked. */
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
      order.timeline().storeWith(em::persist);
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

  private Order wired(Order order) {
    return Stored.wired(em, order);
  }
}
