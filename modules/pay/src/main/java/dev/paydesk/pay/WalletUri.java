package dev.paydesk.pay;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "open in wallet" link of a payment, where the chain has a standard one: BIP-21 for bitcoin,
 * EIP-681 for Ethereum and the EVM chains (the coin itself, or an ERC-20 {@code transfer}), Solana
 * Pay (the coin or an SPL token), and TON's {@code ton://transfer} (the coin, with its comment as
 * the memo). Tron, XRP, Lightning and tokens on TON have no such standard: no link there.
 */
final class WalletUri {

  /** EIP-155 chain ids of the EVM chains CCPayment names. */
  private static final Map<String, Long> EVM_CHAIN_IDS =
      Map.of(
          "ETH", 1L,
          "BSC", 56L,
          "POLYGON", 137L,
          "ARBITRUM", 42161L,
          "OPTIMISM", 10L,
          "BASE", 8453L,
          "AVAXC", 43114L);

  private WalletUri() {}

  /**
   * @param chain the chain as CCPayment names it ({@code BTC}, {@code ETH}, {@code SOL}, …)
   * @param contract the token's contract, or null/a non-address marker for the chain's own coin
   * @param amount what to send, in the token
   * @param decimals the token's decimals (EIP-681 and TON count in the smallest unit), if known
   */
  static Optional<String> of(
      String chain,
      String contract,
      String address,
      BigDecimal amount,
      String memo,
      Integer decimals) {
    if (chain == null || address == null || amount == null || amount.signum() <= 0) {
      return Optional.empty();
    }
    String c = chain.trim().toUpperCase(Locale.ROOT);
    String k = contract == null ? "" : contract.trim();
    if (c.equals("BTC")) {
      return Optional.of("bitcoin:" + address + "?amount=" + plain(amount));
    }
    if (EVM_CHAIN_IDS.containsKey(c)) {
      long chainId = EVM_CHAIN_IDS.get(c);
      // a token's contract is an address; the coin itself has none, or a marker ("ETH", "137")
      boolean token = k.matches("0x[0-9a-fA-F]{40}");
      if (!token) {
        return Optional.of(
            "ethereum:" + address + "@" + chainId + "?value=" + units(amount, 18).orElseThrow());
      }
      return Optional.ofNullable(decimals)
          .flatMap(d -> units(amount, d))
          .map(
              units ->
                  "ethereum:"
                      + k
                      + "@"
                      + chainId
                      + "/transfer?address="
                      + address
                      + "&uint256="
                      + units);
    }
    if (c.equals("SOL")) {
      // an SPL token's mint is a base58 address; the coin itself has none, or a marker ("SOL")
      boolean token = k.matches("[1-9A-HJ-NP-Za-km-z]{32,44}");
      return Optional.of(
          "solana:"
              + address
              + "?amount="
              + plain(amount)
              + (token ? "&spl-token=" + encode(k) : ""));
    }
    // a jetton's master is a 48-character address; TON itself has none, or a marker ("TON")
    if (c.equals("TON") && k.length() < 40) {
      return units(amount, 9)
          .map(
              units ->
                  "ton://transfer/"
                      + address
                      + "?amount="
                      + units
                      + (memo == null || memo.isBlank() ? "" : "&text=" + encode(memo.trim())));
    }
    return Optional.empty();
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /** The amount in the smallest unit, when it is a whole number of them. */
  private static Optional<String> units(BigDecimal amount, int decimals) {
    try {
      return Optional.of(amount.movePointRight(decimals).toBigIntegerExact().toString());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
