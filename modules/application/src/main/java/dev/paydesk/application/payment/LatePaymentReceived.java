package dev.paydesk.application.payment;

import dev.paydesk.domain.order.Order;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money arrived for an order that had ended (expired or cancelled) and does not cover it: the order
 * stays ended and waits for a person; the shop must not read it as paid. Fired inside the
 * transaction, like {@link OrderStatusChanged}.
 *
 * @param amount what this payment credited, in the order's crypto
 */
public record LatePaymentReceived(Order order, BigDecimal amount, Instant at) {}
