package dev.paydesk.application.token;

import dev.paydesk.domain.gateway.GatewayUnavailableException;
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
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's token list, kept for a while: every checkout needs it, and CCPayment limits request
 * rates (100 a second per IP). A failed refresh keeps serving the last list until it is twice as
 * old as the TTL. One refresh at a time (single flight: callers that find it stale while another
 * refreshes wait for that one), and a failure is remembered for {@code
 * paydesk.tokens.failure-backoff}: in that time callers get the same failure without a call, so a
 * flood of requests cannot push Paydesk past CCPayment's limit.
 */
@ApplicationScoped
public class TokenCatalog {

  private record Snapshot(List<Token> tokens, Instant fetchedAt) {}

  /** The last attempt to fetch the list, for readiness: when, and how it ended. */
  public record Attempt(Instant at, boolean succeeded, int tokens, RuntimeException failure) {}

  private PaymentGateway gateway;
  private Clock clock;
  private Duration ttl;
  private Duration failureBackoff;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Snapshot snapshot;
  private volatile Attempt last;

  /** The last failure of a fetch callers waited for: remembered for the back-off. */
  private volatile Attempt lastFailure;

  protected TokenCatalog() {
    // for CDI proxies
  }

  @Inject
  public TokenCatalog(
      PaymentGateway gateway,
      Clock clock,
      @ConfigProperty(name = "paydesk.tokens.cache-ttl", defaultValue = "PT5M") Duration ttl,
      @ConfigProperty(name = "paydesk.tokens.failure-backoff", defaultValue = "PT10S")
          Duration failureBackoff) {
    this.gateway = gateway;
    this.clock = clock;
    this.ttl = ttl;
    this.failureBackoff = failureBackoff;
  }

  /** Every token the gateway lists, usable or not. */
  public List<Token> all() {
    Snapshot current = snapshot;
    if (fresh(current, clock.instant())) {
      return current.tokens();
    }
    refreshing.lock();
    try {
      Instant now = clock.instant();
      current = snapshot;
      if (fresh(current, now)) {
        return current.tokens(); // another caller refreshed it while this one waited
      }
      // only a failure a caller met counts for the back-off, not one of readiness's own checks
      // (which may run while the application is still being deployed)
      Attempt failed = lastFailure;
      if (failed == null || !failed.at().plus(failureBackoff).isAfter(now)) {
        failed = fetch(now);
        lastFailure = failed.succeeded() ? null : failed;
      }
      if (failed.succeeded()) {
        return snapshot.tokens();
      }
      if (current != null && current.fetchedAt().plus(ttl.multipliedBy(2)).isAfter(now)) {
        return current.tokens();
      }
      throw failed.failure();
    } finally {
      refreshing.unlock();
    }
  }

  /**
   * Fetches the list now unless it was tried within {@code notOlderThan} (for readiness: one call
   * per interval, whatever asks how the gateway is).
   */
  public Attempt check(Duration notOlderThan) {
    Attempt known = last;
    if (known != null && known.at().plus(notOlderThan).isAfter(clock.instant())) {
      return known;
    }
    if (!refreshing.tryLock()) {
      return known; // a refresh is under way; its outcome is the next answer
    }
    try {
      return fetch(clock.instant());
    } finally {
      refreshing.unlock();
    }
  }

  /** The last attempt to fetch the list, if any; never calls the gateway. */
  public Optional<Attempt> lastAttempt() {
    return Optional.ofNullable(last);
  }

  private Attempt fetch(Instant now) {
    Attempt attempt;
    try {
      List<Token> tokens = List.copyOf(gateway.tokens());
      snapshot = new Snapshot(tokens, now);
      attempt = new Attempt(now, true, tokens.size(), null);
    } catch (RuntimeException e) {
      attempt = new Attempt(now, false, 0, e);
    }
    last = attempt;
    return attempt;
  }

  private boolean fresh(Snapshot current, Instant now) {
    return current != null && current.fetchedAt().plus(ttl).isAfter(now);
  }

  /** Tokens a buyer can pay with now. */
  public List<Token> usable() {
    return all().stream().filter(Token::usable).toList();
  }

  /** The token a checkout names, by its id or one of its aliases. */
  public Optional<Token> find(String tokenId) {
    List<Token> all = all();
    return all.stream()
        .filter(t -> t.id().equals(tokenId))
        .findFirst()
        .or(() -> all.stream().filter(t -> t.isNamed(tokenId)).findFirst());
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

  /** A short word for why the gateway failed, safe to show anyone (no gateway text). */
  public static String reasonOf(RuntimeException failure) {
    return failure instanceof GatewayUnavailableException unavailable
        ? unavailable.reason().name().toLowerCase(java.util.Locale.ROOT)
        : "failed";
  }
}
