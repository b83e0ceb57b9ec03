package dev.paydesk.domain.payment;

/**
 * A transaction's state at the gateway. Only {@link #SUCCESS} credits money. A transaction only
 * moves forward (pending, processing, then success or failed); a report of an earlier state is out
 * of order.
 */
public enum PaymentStatus {
  PENDING(0),
  PROCESSING(1),
  SUCCESS(2),
  FAILED(2);

  private final int rank;

  PaymentStatus(int rank) {
    this.rank = rank;
  }

  public boolean isInFlight() {
    return this == PENDING || this == PROCESSING;
  }

  /** Whether moving from this state to {@code next} is progress (not a repeat, not a step back). */
  public boolean canAdvanceTo(PaymentStatus next) {
    return next.rank > rank;
  }
}
