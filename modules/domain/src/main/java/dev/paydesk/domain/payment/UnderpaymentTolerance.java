package dev.paydesk.domain.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much short of the amount due still counts as paid: the larger of an absolute amount (in the
 * order's crypto) and a percentage of the amount due. Zero by default: exact payment required.
 */
public record UnderpaymentTolerance(BigDecimal absolute, BigDecimal percent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final UnderpaymentTolerance NONE =
      new UnderpaymentTolerance(BigDecimal.ZERO, BigDecimal.ZERO);

  public UnderpaymentTolerance {
    if (absolute == null
        || absolute.signum() < 0
        || percent == null
        || percent.signum() < 0
        || percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException("tolerance: absolute >= 0 and 0 <= percent < 100");
    }
  }

  /** The least a buyer must pay for an order due {@code due}. */
  public BigDecimal minimumFor(BigDecimal due) {
    BigDecimal byPercent =
        due.multiply(percent).divide(HUNDRED, due.scale() + 4, RoundingMode.DOWN);
    return due.subtract(absolute.max(byPercent));
  }
}
