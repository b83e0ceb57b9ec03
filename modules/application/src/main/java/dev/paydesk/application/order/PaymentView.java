package dev.paydesk.application.order;

import dev.paydesk.domain.order.Payment;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One on-chain payment into a checkout; only {@code SUCCESS} ones count towards what was paid.
 *
 * @param recordId CCPayment's record id: how its dashboard names the transaction
 */
public record PaymentView(
    String recordId,
    String txid,
    BigDecimal amount,
    PaymentStatus status,
    Instant detectedAt,
    Instant updatedAt) {

  static PaymentView of(Payment payment) {
    return new PaymentView(
        payment.recordId().orElse(null),
        payment.txid().orElse(null),
        payment.amount().orElse(null),
        payment.status(),
        payment.firstSeenAt(),
        payment.updatedAt());
  }
}
