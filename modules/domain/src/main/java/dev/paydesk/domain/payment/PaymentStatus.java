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

  /** The gateway's {@code pay_status} word, in any case; empty for an unknown word. */
  public static java.util.Optional<PaymentStatus> fromGateway(String payStatus) {
    if (payStatus == null) {
      return java.util.Optional.empty();
    }
    return switch (payStatus.trim().toLowerCase()) {
      case "pending" -> java.util.Optional.of(PENDING);
      case "processing" -> java.util.Optional.of(PROCESSING);
      case "success", "successful" -> java.util.Optional.of(SUCCESS);
      case "failed", "fail" -> java.util.Optional.of(FAILED);
      default -> java.util.Optional.empty();
    };
  }
}
