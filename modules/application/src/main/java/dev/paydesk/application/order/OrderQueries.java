package dev.paydesk.application.order;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import java.util.List;
import java.util.Optional;

/**
 * The read side's port: orders as views, never as aggregates to change. Each answer is built inside
 * the caller's transaction (or, for {@link #checkout}, in one statement without one).
 */
public interface OrderQueries {

  /** The checkout as stored, read in one statement: the status read that buyers' pages poll. */
  Optional<CheckoutView> checkout(CheckoutId id);

  /** The order's timeline, oldest first; empty when no order has that id. */
  List<TimelineEntryView> timeline(CheckoutId id);

  /** One page of the orders the search selects, with the count of all it selects. */
  ResultPage<CheckoutView> search(OrderSearch search);

  /** The page a search selects, without counting the whole search (see {@link #countUpTo}). */
  List<CheckoutView> page(OrderSearch search);

  /**
   * How many orders the search selects, counted up to {@code limit} and no further: a list that
   * pages through at most that many costs the same among a million orders.
   */
  long countUpTo(OrderSearch search, int limit);

  /**
   * For an export that reads every order a search selects once: those after row {@code afterId} (0
   * for the first), in row order (the order they were created in), without a count or an offset, so
   * each page costs the same however deep the export is. The search's sort and page are not used.
   */
  ExportPage exportPage(OrderSearch filter, long afterId, int size);
}
