package dev.paydesk.domain.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. Only {@link #AWAITING_PAYMENT} and {@link #UNDERPAID} still ask the buyer
 * to pay; after expiry an order can only become {@link #PAID_LATE}: money is never dropped.
 */
public enum OrderStatus {
  /** Stored, the gateway has not (yet) answered: nothing to pay. */
  CREATING,
  /** The gateway refused or could not be reached: nothing to pay; the shop may retry. */
  GATEWAY_FAILED,
  /** The gateway assigned a pay address; waiting for the buyer. */
  AWAITING_PAYMENT,
  /** A payment is on its way (pending or confirming on chain): the order must not expire. */
  PAYMENT_DETECTED,
  /**
   * Confirmed payments cover less than the amount due (beyond the tolerance); may still be topped
   * up.
   */
  UNDERPAID,
  /** Confirmed payments cover the amount due (within the tolerance). */
  PAID,
  /** Confirmed payments exceed the amount due. */
  OVERPAID,
  /** Expired with nothing paid. */
  EXPIRED,
  /** Expired with part of the amount paid. */
  EXPIRED_UNDERPAID,
  /** Money arrived after the order had expired or was cancelled: for the merchant to review. */
  PAID_LATE,
  /**
   * Cancelled by the merchant before anything was paid. The pay address still exists at CCPayment
   * (v1 cannot cancel an order), so money that still arrives makes it {@link #PAID_LATE}.
   */
  CANCELLED;

  private static final Set<OrderStatus> ENDED =
      EnumSet.of(EXPIRED, EXPIRED_UNDERPAID, PAID_LATE, CANCELLED);
  private static final Set<OrderStatus> SETTLED = EnumSet.of(PAID, OVERPAID);

  /** The statuses in which the buyer's money covered the order (paid late included). */
  public static final Set<OrderStatus> PAID_STATUSES = EnumSet.of(PAID, OVERPAID, PAID_LATE);

  /** Whether a pay address is shown: the gateway made the order and it has not ended. */
  public boolean isPayable() {
    return this == AWAITING_PAYMENT || this == PAYMENT_DETECTED || this == UNDERPAID;
  }

  /** Whether payments can arrive for it at all (the gateway made it). */
  public boolean hasGatewayOrder() {
    return this != CREATING && this != GATEWAY_FAILED;
  }

  /**
   * Whether the buyer still has something to wait for: the order is being made, can be retried, or
   * can still be paid. Once it is not, a later change (an overpayment, a late payment) is the
   * merchant's business, not the buyer's.
   */
  public boolean isOpen() {
    return this == CREATING || this == GATEWAY_FAILED || isPayable();
  }

  /** Whether it no longer asks for money (expired or cancelled): new money is paid late. */
  public boolean hasEnded() {
    return ENDED.contains(this);
  }

  public boolean isSettled() {
    return SETTLED.contains(this);
  }
}
