package dev.paydesk.application.checkout;

import dev.paydesk.application.order.CheckoutView;

/**
 * A created checkout.
 *
 * @param replayed whether it was made by an earlier request with the same key
 */
public record CheckoutResult(CheckoutView checkout, boolean replayed) {}
