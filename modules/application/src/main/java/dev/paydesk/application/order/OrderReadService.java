package dev.paydesk.application.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What the shop API, the buyer's page and the console read about orders: immutable views, each
 * built inside one transaction, so no reader walks the aggregate or its lazy parts.
 */
@ApplicationScoped
@Transactional
public class OrderReadService {

  private OrderRepository orders;

  protected OrderReadService() {
    // for CDI proxies
  }

  @Inject
  public OrderReadService(OrderRepository orders) {
    this.orders = orders;
  }

  public Optional<CheckoutView> checkout(CheckoutId id) {
    return orders.findByPublicId(id).map(CheckoutView::of);
  }

  /** Everything that happened to the checkout, oldest first; empty when there is no checkout. */
  public Optional<List<TimelineEntryView>> timeline(CheckoutId id) {
    List<TimelineEntryView> entries =
        orders.timelineOf(id).stream().map(TimelineEntryView::of).toList();
    // every order has at least its CREATED entry
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
  }

  public ResultPage<CheckoutView> search(OrderSearch search) {
    return orders.search(search).map(CheckoutView::of);
  }
}
