package dev.paydesk.rest.token;

import dev.paydesk.domain.token.Token;

/** A token a checkout can ask for. */
public record TokenResponse(
    String tokenId,
    String crypto,
    String name,
    String network,
    String chain,
    String logo,
    boolean memoRequired,
    int precision) {

  static TokenResponse of(Token token) {
    return new TokenResponse(
        token.id(),
        token.crypto(),
        token.name(),
        token.network(),
        token.chain(),
        token.logo(),
        token.memoRequired(),
        token.precision());
  }
}
