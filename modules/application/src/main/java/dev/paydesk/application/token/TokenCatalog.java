package dev.paydesk.application.token;

import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's token list, kept for a while: every checkout needs it, and CCPayment limits request
 * rates. A failed refresh keeps serving the last list until it is twice as old as the TTL.
 */
@ApplicationScoped
public class TokenCatalog {

  private record Snapshot(List<Token> tokens, Instant fetchedAt) {}

  private PaymentGateway gateway;
  private Clock clock;
  private Duration ttl;
  private volatile Snapshot snapshot;

  protected TokenCatalog() {
    // for CDI proxies
  }

  @Inject
  public TokenCatalog(
      PaymentGateway gateway,
      Clock clock,
      @ConfigProperty(name = "paydesk.tokens.cache-ttl", defaultValue = "PT5M") Duration ttl) {
    this.gateway = gateway;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Every token the gateway lists, usable or not. */
  public List<Token> all() {
    Instant now = clock.instant();
    Snapshot current = snapshot;
    if (current != null && current.fetchedAt().plus(ttl).isAfter(now)) {
      return current.tokens();
    }
    try {
      Snapshot fresh = new Snapshot(List.copyOf(gateway.tokens()), now);
      snapshot = fresh;
      return fresh.tokens();
    } catch (RuntimeException e) {
      if (current != null && current.fetchedAt().plus(ttl.multipliedBy(2)).isAfter(now)) {
        return current.tokens();
      }
      throw e;
    }
  }

  /** Tokens a buyer can pay with now. */
  public List<Token> usable() {
    return all().stream().filter(Token::usable).toList();
  }

  public Optional<Token> find(String tokenId) {
    return all().stream().filter(t -> t.id().equals(tokenId)).findFirst();
  }

  /**
   * What a USD price is in a usable token now, as the gateway quotes it (not cached: rates move).
   *
   * @throws InvalidCheckoutException the token is unknown or suspended, or the price is not one a
   *     checkout could have
   */
  public TokenQuote quote(String tokenId, BigDecimal usdPrice) {
    Token token = requireUsable(tokenId);
    CheckoutTerms terms =
        new CheckoutTerms("quote", usdPrice, CheckoutTerms.DEFAULT_CURRENCY, tokenId, null, null);
    return gateway.quote(token.id(), terms.price());
  }

  /** The token a checkout asks for, if the gateway accepts payments in it now. */
  public Token requireUsable(String tokenId) {
    Token token =
        find(tokenId)
            .orElseThrow(
                () ->
                    new InvalidCheckoutException(
                        "tokenId", "is not a known token; GET /api/v1/tokens lists them"));
    if (!token.usable()) {
      throw new InvalidCheckoutException(
          "tokenId", token.crypto() + " on " + token.network() + " is suspended at the gateway");
    }
    return token;
  }
}
