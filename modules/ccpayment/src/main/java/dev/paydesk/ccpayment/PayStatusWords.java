package dev.paydesk.ccpayment;

import dev.paydesk.domain.payment.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/** CCPayment's {@code pay_status} words (in any case) as Paydesk's payment states. */
public final class PayStatusWords {

  private PayStatusWords() {}

  /** The state a word names; empty for a word CCPayment is not known to send. */
  public static Optional<PaymentStatus> parse(String payStatus) {
    if (payStatus == null) {
      return Optional.empty();
    }
    return switch (payStatus.trim().toLowerCase(Locale.ROOT)) {
      case "pending" -> Optional.of(PaymentStatus.PENDING);
      case "processing" -> Optional.of(PaymentStatus.PROCESSING);
      case "success", "successful" -> Optional.of(PaymentStatus.SUCCESS);
      case "failed", "fail" -> Optional.of(PaymentStatus.FAILED);
      default -> Optional.empty();
    };
  }
}
