package dev.paydesk.application.checkout;

import dev.paydesk.domain.order.Order;

/**
 * A created checkout.
 *
 * @param replayed true when an earlier identical request had already created it
 */
public record CheckoutResult(Order order, boolean replayed) {}
