package dev.paydesk.domain.token;

import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.InvalidCheckoutException;
import java.time.Duration;

/**
 * A coin on one network, as the gateway lists it.
 *
 * @param id the gateway's token id (what a checkout names)
 * @param contract the token's contract on its chain (for native coins the gateway's own word)
 * @param memoRequired whether payments on this chain need a memo/tag next to the address
 * @param usable whether the gateway currently accepts payments in it
 */
public record Token(
    String id,
    String crypto,
    String name,
    String network,
    String chain,
    String contract,
    String logo,
    boolean memoRequired,
    int precision,
    boolean usable) {

  /** CCPayment limits Lightning ("Satoshi") orders to two hours. */
  public static final Duration MAX_LIGHTNING_VALID_PERIOD = Duration.ofHours(2);

  public boolean isLightning() {
    return "Satoshi".equalsIgnoreCase(name) || "SATS".equalsIgnoreCase(crypto);
  }

  /** A price in this token has at most its decimals (8 for BTC, 6 for USDT). */
  public void checkPrice(CheckoutTerms terms) {
    if (terms.isPricedInToken() && terms.price().stripTrailingZeros().scale() > precision) {
      throw new InvalidCheckoutException(
          "price", "must have at most " + precision + " decimal places for " + crypto);
    }
  }

  public void checkValidPeriod(Duration validPeriod) {
    if (isLightning() && validPeriod.compareTo(MAX_LIGHTNING_VALID_PERIOD) > 0) {
      throw new InvalidCheckoutException(
          "validPeriodSeconds",
          "must be at most "
              + MAX_LIGHTNING_VALID_PERIOD.toSeconds()
              + " for "
              + crypto
              + " (Lightning)");
    }
  }
}
