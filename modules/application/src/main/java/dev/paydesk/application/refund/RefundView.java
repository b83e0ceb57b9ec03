package dev.paydesk.application.refund;

import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund as the console shows it.
 *
 * @param destination the address (with its memo) or Cwallet account, null while the buyer has not
 *     given it
 * @param fee the network fee and its coin, null before it is quoted (and for Cwallet)
 */
public record RefundView(
    String id,
    String checkoutId,
    RefundStatus status,
    Refund.Reason reason,
    BigDecimal amount,
    String crypto,
    String chain,
    String destination,
    String fee,
    FeeQuote.Payer feePaidBy,
    BigDecimal buyerReceives,
    String requestedBy,
    Instant requestedAt,
    boolean approvalNeeded,
    String approvedBy,
    int attempt,
    String withdrawalOrderId,
    String txId,
    String failure)
    implements Serializable {

  public static RefundView of(Refund r) {
    return new RefundView(
        r.id(),
        r.checkoutId(),
        r.status(),
        r.reason(),
        r.amount(),
        r.coinSymbol(),
        r.chain(),
        r.destination().map(RefundView::describe).orElse(null),
        r.fee()
            .map(f -> f.amount().stripTrailingZeros().toPlainString() + " " + f.coinSymbol())
            .orElse(null),
        r.feePayer(),
        r.amountToSend(),
        r.requestedBy(),
        r.requestedAt(),
        r.approvalNeeded(),
        r.approvedBy().orElse(null),
        r.attempt(),
        r.withdrawalOrderId(),
        r.txId().orElse(null),
        r.failure().orElse(null));
  }

  private static String describe(RefundDestination d) {
    if (d instanceof RefundDestination.ChainAddress a) {
      return a.memo() == null ? a.address() : a.address() + " (memo " + a.memo() + ")";
    }
    return "Cwallet " + ((RefundDestination.Cwallet) d).user();
  }

  /** Whether it still waits for someone (an address, an approval, a retry or cancel). */
  public boolean needsSomeone() {
    return status == RefundStatus.AWAITING_ADDRESS
        || status == RefundStatus.AWAITING_APPROVAL
        || status == RefundStatus.FAILED;
  }
}
