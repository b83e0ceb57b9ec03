package dev.paydesk.application.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Creates checkouts: validates the terms, stores the order, asks the gateway for a pay address and
 * records its answer. A failure at the gateway leaves the order {@code GATEWAY_FAILED} (nothing to
 * pay) and is rethrown; the shop's retry with the same Idempotency-Key starts a new gateway
 * attempt.
 */
@ApplicationScoped
public class CheckoutCreationService {

  private static final System.Logger LOG =
      System.getLogger(CheckoutCreationService.class.getName());
  private static final String MERCHANT_ORDER_KEY_PREFIX = "merchant-order:";

  private CheckoutAttemptService attempts;
  private PaymentGateway gateway;
  private TokenCatalog tokens;

  protected CheckoutCreationService() {
    // for CDI proxies
  }

  @Inject
  public CheckoutCreationService(
      CheckoutAttemptService attempts, PaymentGateway gateway, TokenCatalog tokens) {
    this.attempts = attempts;
    this.gateway = gateway;
    this.tokens = tokens;
  }

  /**
   * @param idempotencyKey the shop's Idempotency-Key; without one the merchant order id plays its
   *     part
   */
  public CheckoutResult create(CheckoutTerms terms, Optional<String> idempotencyKey) {
    Token token = tokens.requireUsable(terms.tokenId());
    token.checkValidPeriod(terms.validPeriod());
    token.checkPrice(terms);
    String key = idempotencyKey.orElse(MERCHANT_ORDER_KEY_PREFIX + terms.merchantOrderId());

    CheckoutAttemptService.Reservation reservation = reserve(terms, key);
    Order order = reservation.order();
    if (reservation.replay()) {
      return new CheckoutResult(CheckoutView.of(order), true);
    }
    GatewayOrder assigned;
    try {
      // the token as the gateway names it: the shop may have named it by an alias
      assigned = gateway.createOrder(order.gatewayRequest().forToken(token.id()));
    } catch (GatewayRejectedException | GatewayUnavailableException e) {
      LOG.log(
          Level.WARNING,
          "Checkout {0} (merchant order {1}, attempt {2}) failed at the gateway: {3}",
          order.publicId(),
          order.merchantOrderId(),
          order.attempt().number(),
          e.getMessage());
      attempts.recordFailure(order.publicId(), e.getMessage());
      throw e;
    }
    // v1's answer names no chain nor contract: those of the token asked for, so that a report of
    // another asset is never credited to this order
    return new CheckoutResult(
        attempts.recordAssigned(
            order.publicId(), assigned.onChain(token.chain(), token.contract())),
        false);
  }

  /**
   * Two identical requests racing: the loser's insert breaks a unique constraint once the winner
   * has committed; looked at again, it is the winner's checkout (a replay, or still in progress).
   */
  private CheckoutAttemptService.Reservation reserve(CheckoutTerms terms, String key) {
    try {
      return attempts.reserve(terms, key);
    } catch (DuplicateOrderException e) {
      return attempts.reserve(terms, key);
    }
  }
}
