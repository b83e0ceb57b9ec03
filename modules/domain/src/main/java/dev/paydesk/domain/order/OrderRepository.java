package dev.paydesk.domain.order;

import java.util.Optional;

/** Stored payment orders. */
public interface OrderRepository {

  /** Stores a new order; fails if its public id, merchant order id or idempotency key is taken. */
  void add(Order order);

  Optional<Order> findByPublicId(CheckoutId id);

  Optional<Order> findByIdempotencyKey(String idempotencyKey);

  Optional<Order> findByMerchantOrderId(String merchantOrderId);
}
