package dev.paydesk.application.payment;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import java.time.Instant;

/**
 * An order's status changed. Fired inside the transaction; observe it with {@code @Observes(during
 * = TransactionPhase.AFTER_SUCCESS)} so nothing acts on a change that was rolled back.
 *
 * @param order the order as changed, for observers inside the transaction (none looks it up again);
 *     after it, look it up
 */
public record OrderStatusChanged(
    CheckoutId checkoutId, OrderStatus from, OrderStatus to, Instant at, Order order) {}
