package dev.paydesk.domain.refund;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a refund stands. Its money is reserved from the asking on (no second refund can take it)
 * and given back only when the refund is cancelled; a failed withdrawal keeps it, so that the same
 * refund can be retried.
 */
public enum RefundStatus {
  /** Asked; the buyer (by the refund link) or the merchant has yet to give the destination. */
  AWAITING_ADDRESS,
  /** Above the threshold: a second person (an ADMIN other than the asker) must approve it. */
  AWAITING_APPROVAL,
  /** May be sent: the destination is known and checked, and any approval given. */
  READY,
  /** A withdrawal was asked of the gateway (its answer may not have come): never asked twice. */
  SENDING,
  /** The gateway took the withdrawal; its record is not final yet. */
  PROCESSING,
  /** The gateway's record says the money left. Final. */
  SUCCEEDED,
  /**
   * The gateway's record says the withdrawal failed or was rejected; may be retried or cancelled.
   */
  FAILED,
  /** Given up before any money left; its amount is refundable again. Final. */
  CANCELLED;

  private static final Set<RefundStatus> FINAL = EnumSet.of(SUCCEEDED, CANCELLED);

  public boolean isFinal() {
    return FINAL.contains(this);
  }

  /** Whether its amount counts against what is refundable. */
  public boolean reservesMoney() {
    return this != CANCELLED;
  }

  /** Whether it may still be cancelled: no withdrawal is out at the gateway. */
  public boolean cancellable() {
    return this == AWAITING_ADDRESS || this == AWAITING_APPROVAL || this == READY || this == FAILED;
  }
}
