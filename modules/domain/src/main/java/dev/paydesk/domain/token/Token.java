package dev.paydesk.domain.token;

import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.InvalidCheckoutException;
import java.time.Duration;
import java.util.List;

/**
 * A coin on one network, as the gateway lists it.
 *
 * @param id the gateway's token id (what a checkout names)
 * @param contract the token's contract on its chain (for native coins the gateway's own word)
 * @param memoRequired whether payments on this chain need a memo/tag next to the address
 * @param usable whether the gateway currently accepts payments in it
 * @param aliases other ids a checkout may name it by: {@code SYMBOL.CHAIN} under CCPayment v1, v1's
 *     token id under v2 (so a shop's ids work whichever version an install uses); never listed
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
    boolean usable,
    List<String> aliases) {

  public Token {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** A token known by its id alone. */
  public Token(
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
    this(
        id,
        crypto,
        name,
        network,
        chain,
        contract,
        logo,
        memoRequired,
        precision,
        usable,
        List.of());
  }

  /**
   * Whether a checkout naming {@code tokenId} means this token (its id, or an alias in any case).
   */
  public boolean isNamed(String tokenId) {
    return id.equals(tokenId) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(tokenId));
  }

  /** The same token, also known by {@code more}. */
  public Token withAliases(List<String> more) {
    List<String> all = new java.util.ArrayList<>(aliases);
    more.stream().filter(a -> !all.contains(a) && !a.equals(id)).forEach(all::add);
    return new Token(
        id, crypto, name, network, chain, contract, logo, memoRequired, precision, usable, all);
  }

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
