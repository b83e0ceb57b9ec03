package dev.paydesk.domain.order;

import java.util.Objects;

/**
 * An action on an order that its state (or the request) does not allow: nothing changed. Carries
 * the {@link Refusal} that pages and the API turn into their own words ({@link
 * Refusal#messageKey}); the message is for logs.
 */
public class OrderRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why an action was refused. */
  public enum Refusal {
    /** Only an unpaid order awaiting payment can be cancelled. */
    NOT_CANCELLABLE,
    /** Nothing waits for a person's review. */
    NOTHING_TO_REVIEW,
    /** The order is not made at the gateway yet (or failed there): no payment can count. */
    CANNOT_RECEIVE_PAYMENTS,
    /** The order's gateway attempt did not fail nor stall: nothing to retry. */
    NOTHING_TO_RETRY,
    /** The action belongs to another state of the order's. */
    WRONG_STATE,
    /** A note that is empty, too long or holds control characters. */
    INVALID_NOTE,
    /** No order has the id. */
    UNKNOWN_ORDER,
    /** The webhook is not (or no longer) an orphan waiting for its order. */
    NOT_AN_ORPHAN,
    /** The order an orphan webhook names still does not exist. */
    ORDER_STILL_MISSING,
    /** The webhook reports another asset than the order's (the message says which). */
    OTHER_ASSET,
    /** A transaction id that no chain writes (empty, too long, or other characters). */
    INVALID_TXID,
    /** The order cannot ask for a rescan: made with CCPayment v1, or no pay address yet. */
    NO_RESCAN,
    /** The buyer asked for rescans too often; later. */
    RESCAN_LIMIT,
    /** No payment of the order is held as risky under this record id (or it was decided). */
    NOT_HELD;

    /** The key of its text in the console's bundle ({@code refused.NOT_CANCELLABLE}). */
    public String messageKey() {
      return "refused." + name();
    }

    /** Whether the exception's message names what a person needs (which asset differs). */
    public boolean detailed() {
      return this == OTHER_ASSET;
    }
  }

  private final Refusal refusal;

  public OrderRefusedException(Refusal refusal, String message) {
    super(message);
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  public Refusal refusal() {
    return refusal;
  }
}
