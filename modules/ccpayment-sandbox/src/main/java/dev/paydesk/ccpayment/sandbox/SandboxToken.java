package dev.paydesk.ccpayment.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One coin on one network in the sandbox's catalogue, with the fixed USD rate it quotes.
 *
 * @param status 1 usable, 2 maintenance, 3 to be delisted (CCPayment's values)
 */
record SandboxToken(
    String tokenId,
    String coinId,
    String crypto,
    String name,
    String network,
    String chain,
    String contract,
    int precision,
    BigDecimal usdRate,
    boolean memo,
    int status,
    AddressFormat addressFormat) {

  /** The shape of a pay address on a chain. */
  enum AddressFormat {
    TRON,
    EVM,
    BITCOIN,
    SOLANA,
    XRP,
    TON,
    LIGHTNING
  }

  static final int USABLE = 1;

  /**
   * The token amount worth {@code usd}, rounded up at the token's precision so the merchant is
   * never short.
   */
  BigDecimal amountFor(BigDecimal usd) {
    return usd.divide(usdRate, precision, RoundingMode.UP);
  }

  boolean isLightning() {
    return addressFormat == AddressFormat.LIGHTNING;
  }

  String logo() {
    return "https://resource.cwallet.com/token/icon/" + crypto.toLowerCase() + ".png";
  }

  String chainLogo() {
    return "https://resource.cwallet.com/token/icon/" + chain.toLowerCase() + ".png";
  }
}
