package dev.paydesk.persistence.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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
    em.persist(order);
    em.flush(); // a taken unique key fails here, inside the caller's transaction
  }

  @Override
  public Optional<Order> findByPublicId(CheckoutId id) {
    return single("SELECT o FROM PaymentOrder o WHERE o.publicId = :v", id.value());
  }

  @Override
  public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
    return single("SELECT o FROM PaymentOrder o WHERE o.idempotencyKey = :v", idempotencyKey);
  }

  @Override
  public Optional<Order> findByMerchantOrderId(String merchantOrderId) {
    return single("SELECT o FROM PaymentOrder o WHERE o.merchantOrderId = :v", merchantOrderId);
  }

  private Optional<Order> single(String jpql, String value) {
    return em.createQuery(jpql, Order.class).setParameter("v", value).getResultStream().findFirst();
  }
}
