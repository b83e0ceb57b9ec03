package dev.paydesk.domain.refund;

import java.util.Objects;

/**
 * A refund action the rules do not allow: nothing changed. Carries the {@link Refusal} the console
 * and the API turn into their own words; the message is for logs.
 */
public class RefundRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why a refund action was refused. */
  public enum Refusal {
    /** Zero, negative, or more decimals than the token has. */
    INVALID_AMOUNT,
    /** More than was credited and not yet refunded or reserved by another refund. */
    MORE_THAN_REFUNDABLE,
    /** An address, memo or Cwallet id that cannot be one. */
    INVALID_DESTINATION,
    /** The refund is not in a state where this can happen (the message says which). */
    WRONG_STATE,
    /** Only an ADMIN other than the one who asked approves a refund above the threshold. */
    NOT_AN_APPROVER;

    public String messageKey() {
      return "refused.refund." + name();
    }
  }

  private final Refusal refusal;

  public RefundRefusedException(Refusal refusal, String message) {
    super(message);
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  public Refusal refusal() {
    return refusal;
  }
}
