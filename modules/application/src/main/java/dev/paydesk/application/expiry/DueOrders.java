package dev.paydesk.application.expiry;

import dev.paydesk.domain.order.DueCursor;
import dev.paydesk.domain.order.DueOrderStore;
import dev.paydesk.domain.order.Order;
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

  private DueOrderStore orders;

  protected DueOrders() {
    // for CDI proxies
  }

  @Inject
  public DueOrders(DueOrderStore orders) {
    this.orders = orders;
  }

  /**
   * Up to {@code limit} orders due at {@code dueAt}, after {@code after} in expiry order (a value:
   * no order of an earlier page is kept).
   */
  public List<Order> page(Instant dueAt, Optional<DueCursor> after, int limit) {
    return orders.findDue(dueAt, after, limit);
  }
}
