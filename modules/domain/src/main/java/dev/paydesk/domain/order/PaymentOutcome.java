package dev.paydesk.domain.order;

import java.math.BigDecimal;

/**
 * What a payment report did to an order ({@link Order#applyPayment}).
 *
 * @param recorded whether anything was recorded (false: an exact repeat of what was known)
 * @param latePartPayment money arrived after the order ended and does not cover it: the order stays
 *     ended (not paid), and the shop is told so
 * @param credited the amount this report credited (zero unless it confirmed a payment)
 */
public record PaymentOutcome(
    boolean recorded,
    OrderStatus from,
    OrderStatus to,
    boolean latePartPayment,
    BigDecimal credited) {

  PaymentOutcome(boolean recorded, OrderStatus from, OrderStatus to) {
    this(recorded, from, to, false, BigDecimal.ZERO);
  }

  public boolean statusChanged() {
    return from != to;
  }
}
