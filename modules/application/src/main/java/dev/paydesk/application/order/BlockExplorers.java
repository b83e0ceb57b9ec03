package dev.paydesk.application.order;

import java.util.Locale;
import java.util.Map;

/**
 * Where a transaction can be looked at, per network (or chain). Links only: neither the console nor
 * the pay page loads anything from these sites.
 */
public final class BlockExplorers {

  private static final Map<String, String> TX_URL =
      Map.ofEntries(
          Map.entry("TRC20", "https://tronscan.org/#/transaction/"),
          Map.entry("TRX", "https://tronscan.org/#/transaction/"),
          Map.entry("ERC20", "https://etherscan.io/tx/"),
          Map.entry("ETH", "https://etherscan.io/tx/"),
          Map.entry("BEP20", "https://bscscan.com/tx/"),
          Map.entry("BSC", "https://bscscan.com/tx/"),
          Map.entry("POLYGON", "https://polygonscan.com/tx/"),
          Map.entry("BTC", "https://mempool.space/tx/"),
          Map.entry("SOL", "https://solscan.io/tx/"),
          Map.entry("XRP", "https://xrpscan.com/tx/"),
          Map.entry("TON", "https://tonviewer.com/transaction/"));

  /** What a chain writes as a transaction id (hex, base58, base64url): nothing else is linked. */
  private static final java.util.regex.Pattern TXID =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,128}");

  private BlockExplorers() {}

  /** The transaction's page, or null when the network has none here (or there is no txid). */
  public static String transaction(String network, String txid) {
    if (network == null || txid == null || !TXID.matcher(txid).matches()) {
      return null;
    }
    String base = TX_URL.get(network.toUpperCase(Locale.ROOT));
    return base == null ? null : base + txid;
  }
}
