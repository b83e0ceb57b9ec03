package dev.paydesk.application.refund;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A refund asked for.
 *
 * @param to where the money goes, or null for the buyer to say (by the refund link)
 * @param idempotencyKey the shop's key: the same key again gives the same refund; null for none
 */
public record RefundRequest(
    CheckoutId checkout,
    BigDecimal amount,
    Refund.Reason reason,
    RefundDestination to,
    FeeQuote.Payer feePayer,
    String idempotencyKey) {

  public RefundRequest {
    Objects.requireNonNull(checkout, "checkout");
    Objects.requireNonNull(reason, "reason");
    feePayer = feePayer == null ? FeeQuote.Payer.MERCHANT : feePayer;
  }
}
