package dev.paydesk.console.order;

import java.util.Locale;
import java.util.Map;

/**
 * Where a transaction can be looked at, per network. Links only: the console loads nothing from
 * these sites.
 */
final class BlockExplorers {

  private static final Map<String, String> TX_URL =
      Map.of(
          "TRC20", "https://tronscan.org/#/transaction/",
          "TRX", "https://tronscan.org/#/transaction/",
          "ERC20", "https://etherscan.io/tx/",
          "ETH", "https://etherscan.io/tx/",
          "BEP20", "https://bscscan.com/tx/",
          "BTC", "https://mempool.space/tx/",
          "SOL", "https://solscan.io/tx/",
          "XRP", "https://xrpscan.com/tx/",
          "TON", "https://tonviewer.com/transaction/");

  private BlockExplorers() {}

  /** The transaction's page, or null when the network has none here (or there is no txid). */
  static String transaction(String network, String txid) {
    if (network == null || txid == null || txid.isBlank()) {
      return null;
    }
    String base = TX_URL.get(network.toUpperCase(Locale.ROOT));
    return base == null ? null : base + txid;
  }
}
