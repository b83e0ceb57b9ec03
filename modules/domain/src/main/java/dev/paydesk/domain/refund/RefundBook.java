package dev.paydesk.domain.refund;

import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * What of a checkout's money can still go back: what was credited to it, less every refund that
 * holds money (all but cancelled ones; a failed one keeps its amount until it is retried or
 * cancelled). Asked under the checkout's lock, so two refunds asked at once cannot both take the
 * same money.
 */
public final class RefundBook {

  private RefundBook() {}

  public static BigDecimal refundable(BigDecimal credited, Collection<Refund> refunds) {
    BigDecimal held =
        refunds.stream()
            .filter(r -> r.status().reservesMoney())
            .map(Refund::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return credited.subtract(held).max(BigDecimal.ZERO);
  }

  /** What has left for good (succeeded refunds), for the order's paid / refunded / net figures. */
  public static BigDecimal refunded(Collection<Refund> refunds) {
    return refunds.stream()
        .filter(r -> r.status() == RefundStatus.SUCCEEDED)
        .map(Refund::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * @param decimals the token's precision
   * @throws RefundRefusedException zero, too precise, or more than is refundable
   */
  public static void requireRefundable(
      BigDecimal amount, int decimals, BigDecimal credited, Collection<Refund> refunds) {
    if (amount == null || amount.signum() <= 0) {
      throw new RefundRefusedException(Refusal.INVALID_AMOUNT, "a refund is more than 0");
    }
    if (amount.stripTrailingZeros().scale() > decimals) {
      throw new RefundRefusedException(
          Refusal.INVALID_AMOUNT, "the token has " + decimals + " decimals");
    }
    BigDecimal left = refundable(credited, refunds);
    if (amount.compareTo(left) > 0) {
      throw new RefundRefusedException(
          Refusal.MORE_THAN_REFUNDABLE,
          "at most " + left.stripTrailingZeros().toPlainString() + " can still be refunded");
    }
  }

  /**
   * Whether a second person must approve it: its worth in the pricing currency is above the
   * merchant's threshold (none set: never).
   */
  public static boolean needsApproval(BigDecimal worthInPricing, BigDecimal threshold) {
    return threshold != null && worthInPricing.compareTo(threshold) > 0;
  }
}
