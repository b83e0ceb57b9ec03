package dev.paydesk.application.order;

import dev.paydesk.domain.order.CheckoutId;
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

  private OrderQueries orders;

  protected OrderReadService() {
    // for CDI proxies
  }

  @Inject
  public OrderReadService(OrderQueries orders) {
    this.orders = orders;
  }

  /**
   * A checkout as it is now: one read-only statement, so no transaction of its own (one would add
   * its begin and commit to the status read buyers' pages poll); inside a caller's, it joins it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CheckoutView> checkout(CheckoutId id) {
    return orders.checkout(id);
  }

  /** Everything that happened to the checkout, oldest first; empty when there is no checkout. */
  public Optional<List<TimelineEntryView>> timeline(CheckoutId id) {
    List<TimelineEntryView> entries = orders.timeline(id);
    // every order has at least its CREATED entry
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
  }

  public ResultPage<CheckoutView> search(OrderSearch search) {
    return orders.search(search);
  }

  /** The page a search selects, without counting the whole search. */
  public List<CheckoutView> page(OrderSearch search) {
    return orders.page(search);
  }

  /** How many orders a search selects, counted up to {@code limit} and no further. */
  public long countUpTo(OrderSearch search, int limit) {
    return orders.countUpTo(search, limit);
  }

  /**
   * A page of an export: the search's orders after {@code after} in the order they were created,
   * each page in a transaction of its own (so an export of a million orders holds neither a
   * transaction nor its orders in memory), with where the next page starts.
   */
  public ExportPage exportPage(OrderSearch filter, long after, int size) {
    return orders.exportPage(filter, after, size);
  }
}
