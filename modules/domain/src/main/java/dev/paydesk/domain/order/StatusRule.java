package dev.paydesk.domain.order;

import java.math.BigDecimal;

/**
 * The status an order's money justifies. Before the order ends: nothing yet is {@code
 * AWAITING_PAYMENT} (or {@code PAYMENT_DETECTED} with a payment on its way), less than the minimum
 * is {@code UNDERPAID}, at least the minimum is {@code PAID}, more than asked {@code OVERPAID}.
 * After expiry or cancellation, money that brings the total to the minimum makes it {@code
 * PAID_LATE}; less leaves it ended ({@code EXPIRED} becomes {@code EXPIRED_UNDERPAID}: part of it
 * is paid now).
 */
final class StatusRule {

  private StatusRule() {}

  /**
   * @param creditedNow whether the report being applied confirmed money
   * @param minimum what counts as paid (the amount due less the tolerance)
   */
  static OrderStatus justified(
      OrderStatus current,
      boolean creditedNow,
      BigDecimal paid,
      BigDecimal due,
      BigDecimal minimum,
      boolean paymentInFlight) {
    boolean covered = paid.compareTo(minimum) >= 0;
    if (current.hasEnded()) {
      if (!creditedNow || current == OrderStatus.PAID_LATE) {
        return current;
      }
      if (covered) {
        return OrderStatus.PAID_LATE;
      }
      return current == OrderStatus.EXPIRED ? OrderStatus.EXPIRED_UNDERPAID : current;
    }
    if (paid.signum() > 0) {
      if (covered) {
        return paid.compareTo(due) > 0 ? OrderStatus.OVERPAID : OrderStatus.PAID;
      }
      return OrderStatus.UNDERPAID;
    }
    return paymentInFlight ? OrderStatus.PAYMENT_DETECTED : OrderStatus.AWAITING_PAYMENT;
  }
}
