package dev.paydesk.domain.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much short of the amount due still counts as paid: the larger of an amount in the order's
 * pricing currency (converted at the order's own rate: crypto due over price) and a percentage of
 * the amount due. Zero by default: exact payment required.
 *
 * <p>An amount is per pricing currency ({@code 0.50 USD}); an order priced in its token looks up
 * its crypto symbol ({@code 0.0001 BTC}). One number for every token would mean 0.05 USDT to one
 * order and 0.05 BTC to another. Whatever is configured, the least a buyer must pay stays above
 * zero: an amount that would forgive a whole order does not apply to it (the percentage still does,
 * and it is below 100).
 *
 * @param amounts by pricing currency code or crypto symbol (upper case), each at least zero
 * @param percent at least zero and below 100
 */
public record UnderpaymentTolerance(Map<String, BigDecimal> amounts, BigDecimal percent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final UnderpaymentTolerance NONE =
      new UnderpaymentTolerance(Map.of(), BigDecimal.ZERO);

  public UnderpaymentTolerance {
    if (amounts == null
        || amounts.values().stream().anyMatch(a -> a == null || a.signum() < 0)
        || percent == null
        || percent.signum() < 0
        || percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException("tolerance: amounts >= 0 and 0 <= percent < 100");
    }
    Map<String, BigDecimal> byCode = new TreeMap<>();
    amounts.forEach((code, amount) -> byCode.put(code.toUpperCase(Locale.ROOT), amount));
    amounts = Map.copyOf(byCode);
  }

  /** A percentage alone. */
  public static UnderpaymentTolerance percent(BigDecimal percent) {
    return new UnderpaymentTolerance(Map.of(), percent);
  }

  /** An amount in one pricing currency (or token) alone. */
  public static UnderpaymentTolerance amount(String amount, String code) {
    return new UnderpaymentTolerance(Map.of(code, new BigDecimal(amount)), BigDecimal.ZERO);
  }

  /**
   * Reads {@code "0.50 USD, 0.0001 BTC"}: amounts, each with the code it is in.
   *
   * @return why it cannot be read (for the setting's error), or the amounts
   * @throws IllegalArgumentException naming the entry that is not "amount CODE"
   */
  public static Map<String, BigDecimal> parseAmounts(String text) {
    Map<String, BigDecimal> amounts = new TreeMap<>();
    if (text == null || text.isBlank() || text.trim().equals("0")) {
      return amounts;
    }
    List<String> bad = new ArrayList<>();
    for (String entry : text.split(",")) {
      String[] parts = entry.trim().split("\\s+");
      try {
        if (parts.length != 2 || !parts[1].matches("[A-Za-z][A-Za-z0-9]{1,15}")) {
          throw new NumberFormatException();
        }
        BigDecimal amount = new BigDecimal(parts[0]);
        if (amount.signum() < 0) {
          throw new NumberFormatException();
        }
        amounts.put(parts[1].toUpperCase(Locale.ROOT), amount);
      } catch (NumberFormatException e) {
        bad.add(entry.trim());
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot read "
              + String.join(", ", bad)
              + ": give each amount with the pricing currency or token it is in, e.g. \"0.50 USD\"");
    }
    return amounts;
  }

  /**
   * The least a buyer must pay, always above zero.
   *
   * @param due the crypto amount the order asks, above zero
   * @param price the order's price in its pricing currency
   * @param pricedIn the pricing currency's code, or the crypto symbol for an order priced in it
   */
  public BigDecimal minimumFor(BigDecimal due, BigDecimal price, String pricedIn) {
    int scale = due.scale() + 4;
    BigDecimal byPercent = due.multiply(percent).divide(HUNDRED, scale, RoundingMode.DOWN);
    BigDecimal amount = pricedIn == null ? null : amounts.get(pricedIn.toUpperCase(Locale.ROOT));
    BigDecimal byAmount =
        amount == null || price == null || price.signum() <= 0
            ? BigDecimal.ZERO
            : amount.multiply(due).divide(price, scale, RoundingMode.DOWN);
    BigDecimal allowance = byAmount.compareTo(due) < 0 ? byAmount.max(byPercent) : byPercent;
    return due.subtract(allowance);
  }
}
