package dev.paydesk.application.payment;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderStatus;
import java.time.Instant;

/**
 * An order's status changed on another instance of this Paydesk (same database), after that change
 * committed. Fired on this instance so that its live listeners (event streams, the buyer's page)
 * hear it too; nothing else may act on it — the instance that made the change did.
 */
public record StatusChangedElsewhere(
    CheckoutId checkoutId, OrderStatus from, OrderStatus to, Instant at) {}
