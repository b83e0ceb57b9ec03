package dev.paydesk.application.refund;

import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import java.time.Instant;

/**
 * A refund was asked for or changed state. Fired inside the transaction of the change, as {@code
 * OrderStatusChanged} is: the shop's event ({@code checkout.refund_*}) commits with it or not at
 * all.
 */
public record RefundChanged(Order order, Refund refund, RefundStatus status, Instant at) {

  public RefundChanged(Order order, Refund refund, Instant at) {
    this(order, refund, refund.status(), at);
  }
}
