package dev.paydesk.application.expiry;

import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sweep's reads: a page of due orders, each in a short transaction of its own, so that no
 * entity manager outlives a page and nothing is locked while the gateway is asked about them.
 */
@ApplicationScoped
@Transactional
public class DueOrders {

  private OrderRepository orders;

  protected DueOrders() {
    // for CDI proxies
  }

  @Inject
  public DueOrders(OrderRepository orders) {
    this.orders = orders;
  }

  /** Up to {@code limit} orders due at {@code dueAt}, after {@code after} in expiry order. */
  public List<Order> page(Instant dueAt, Optional<Order> after, int limit) {
    return orders.findDue(dueAt, after, limit);
  }
}
