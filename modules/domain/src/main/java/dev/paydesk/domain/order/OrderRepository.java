package dev.paydesk.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The write side's store of orders: what adds an order, finds one to decide on, or locks one to
 * change it. Reading for display is {@code OrderQueries}' (application), the dashboard's sums are
 * {@code OrderStatistics}' (application), and the expiry sweep's pages and bulk write are {@link
 * DueOrderStore}'s.
 */
public interface OrderRepository {

  /**
   * Stores a new order.
   *
   * @throws DuplicateOrderException its public id, merchant order id or idempotency key is taken
   */
  void add(Order order);

  Optional<Order> findByPublicId(CheckoutId id);

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
   * Orders whose webhooks may have been missed: a payment detected but not settled since {@code
   * detectedBefore}, or expired or cancelled after {@code expiredAfter} (late payments still
   * arrive).
   */
  List<Order> findToReconcile(Instant detectedBefore, Instant expiredAfter, int limit);
}
