package dev.paydesk.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored payment orders. */
public interface OrderRepository {

  /**
   * Stores a new order.
   *
   * @throws DuplicateOrderException its public id, merchant order id or idempotency key is taken
   */
  void add(Order order);

  Optional<Order> findByPublicId(CheckoutId id);

  /**
   * For display only: the order with its payments as stored, read in one statement and never saved
   * (what is changed on it stays in memory). The status read that buyers' pages poll.
   */
  Optional<Order> read(CheckoutId id);

  Optional<Order> findByIdempotencyKey(String idempotencyKey);

  Optional<Order> findByMerchantOrderId(String merchantOrderId);

  /**
   * The order, locked for update until the transaction ends: whoever changes an order's payments or
   * state holds this lock, so concurrent deliveries, timers and instances apply one change at a
   * time.
   */
  Optional<Order> lock(CheckoutId id);

  /**
   * As {@link #lock}, found by the id the gateway knows it by ({@code extend.merchant_order_id}).
   */
  Optional<Order> lockByGatewayMerchantOrderId(String gatewayMerchantOrderId);

  /** As {@link #lock}, found by the gateway's own order id. */
  Optional<Order> lockByGatewayOrderId(String gatewayOrderId);

  /**
   * Orders still asking for payment whose expiry is at or before {@code dueAt}, soonest first (ties
   * in a fixed order of the store's), after {@code after} in that order when given: a sweep walks
   * them a page at a time without reading any twice, whatever it left as it was.
   */
  List<Order> findDue(Instant dueAt, Optional<Order> after, int limit);

  /**
   * As {@link #lock}, for several orders in one statement, locked in one order (their row ids), so
   * that two sweeps taking overlapping batches never deadlock. Unknown ids are left out.
   */
  List<Order> lockAll(java.util.Collection<CheckoutId> ids);

  /**
   * As {@link #lockAll}, for orders changed all at once and written by {@link #storeExpiries}:
   * locked the same way, but nothing of them is written unless they are stored so.
   */
  List<Order> lockAllForBulkChange(java.util.Collection<CheckoutId> ids);

  /**
   * Writes what {@link Order#expire} changed on orders from {@link #lockAllForBulkChange} (status,
   * times, the timeline entry it recorded) with one statement per table for all of them, inside the
   * caller's transaction.
   */
  void storeExpiries(List<Order> expired);

  /**
   * Orders whose webhooks may have been missed: a payment detected but not settled since {@code
   * detectedBefore}, or expired or cancelled after {@code expiredAfter} (late payments still
   * arrive).
   */
  List<Order> findToReconcile(Instant detectedBefore, Instant expiredAfter, int limit);

  /** One page of the orders the search selects, payments loaded. */
  ResultPage<Order> search(OrderSearch search);

  /** The page a search selects, without counting the whole search (see {@link #countUpTo}). */
  List<Order> page(OrderSearch search);

  /**
   * How many orders the search selects, counted up to {@code limit} and no further: a list that
   * pages through at most that many costs the same among a million orders.
   */
  long countUpTo(OrderSearch search, int limit);

  /**
   * For an export that reads every order a search selects once: those after row {@code afterId} (0
   * for the first), in row order (the order they were created in), payments loaded, without a count
   * or an offset, so each page costs the same however deep the export is. The search's sort and
   * page are not used.
   */
  List<Order> exportPage(OrderSearch filter, long afterId, int size);

  /** The order's timeline, oldest first; empty when no order has that id. */
  List<TimelineEntry> timelineOf(CheckoutId id);

  /** How many orders created in the range (either end may be null: open) are in each status. */
  Map<OrderStatus, Long> countByStatus(Instant createdFrom, Instant createdBefore);

  /**
   * What confirmed payments brought in, per crypto, for orders created in the range: the
   * dashboard's volume, summed by the database.
   */
  Map<String, BigDecimal> paidByCrypto(Instant createdFrom, Instant createdBefore);

  /** The prices of the paid orders created in the range, summed per pricing currency. */
  Map<String, BigDecimal> paidPriceByCurrency(Instant createdFrom, Instant createdBefore);

  /** How many orders have had a payment detected but unsettled since before {@code before}. */
  long countDetectedSince(Instant before);

  /** How many orders wait for a person to review them. */
  long countToReview();
}
