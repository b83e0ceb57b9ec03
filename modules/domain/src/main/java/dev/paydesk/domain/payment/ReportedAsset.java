package dev.paydesk.domain.payment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a payment report says was paid and for what: the crypto, chain and token contract of the
 * transaction, and the amount the gateway says the order asks. Each may be unknown (null); what is
 * known must be the order's own before the money is credited to it.
 *
 * @param orderAmount the crypto amount due as the gateway reports it ({@code order_amount})
 */
public record ReportedAsset(String crypto, String chain, String contract, BigDecimal orderAmount) {

  public static final ReportedAsset UNKNOWN = new ReportedAsset(null, null, null, null);

  public ReportedAsset {
    crypto = blankToNull(crypto);
    chain = blankToNull(chain);
    contract = blankToNull(contract);
  }

  /**
   * A contract address as it is compared: hexadecimal ones (EVM) in any case are one address;
   * others (Tron's base58) are case-sensitive and kept as they are.
   */
  public static String canonicalContract(String contract) {
    String c = blankToNull(contract);
    return c != null && c.matches("(0[xX])?[0-9a-fA-F]+") ? c.toLowerCase(Locale.ROOT) : c;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
