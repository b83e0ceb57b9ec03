package dev.paydesk.ccpayment.v2;

import java.util.Locale;
import java.util.Optional;

/**
 * Paydesk's id of a token under CCPayment v2: the coin's symbol and the chain, {@code USDT.TRX},
 * {@code USDT.POLYGON}, {@code BTC.BTC}.
 *
 * <p>Why this shape: v1 names a token by a UUID per coin and network ({@code token_id}), v2 by a
 * numeric {@code coinId} plus a {@code chain}; neither version knows the other's id. The symbol and
 * the chain are what both versions list for every token (v1's {@code crypto} and {@code chain},
 * v2's {@code symbol} and its networks' keys), so this id names the same token whichever version an
 * install uses, reads well in a shop's code, and does not depend on CCPayment's internal numbering.
 * A v1 install keeps listing and accepting v1's UUIDs, which every shop integrated under v1 already
 * holds.
 */
public record V2TokenId(String symbol, String chain) {

  public V2TokenId {
    symbol = symbol.toUpperCase(Locale.ROOT);
    chain = chain.toUpperCase(Locale.ROOT);
  }

  /** The id as shops write it; empty for anything that is not {@code SYMBOL.CHAIN}. */
  public static Optional<V2TokenId> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    int dot = id.indexOf('.');
    if (dot <= 0 || dot == id.length() - 1 || id.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    String symbol = id.substring(0, dot).trim();
    String chain = id.substring(dot + 1).trim();
    if (!symbol.matches("[A-Za-z0-9-]{1,32}") || !chain.matches("[A-Za-z0-9_-]{1,32}")) {
      return Optional.empty();
    }
    return Optional.of(new V2TokenId(symbol, chain));
  }

  @Override
  public String toString() {
    return symbol + "." + chain;
  }
}
