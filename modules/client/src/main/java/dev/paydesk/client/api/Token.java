package dev.paydesk.client.api;

/**
 * A coin on a network that a checkout can ask for.
 *
 * @param memoRequired whether the buyer must add a memo (XRP, TON …)
 * @param precision the token's decimals
 */
public record Token(
    String tokenId,
    String crypto,
    String name,
    String network,
    String chain,
    String logo,
    boolean memoRequired,
    int precision) {}
