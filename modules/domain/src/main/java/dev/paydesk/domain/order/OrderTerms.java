package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayOrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * What the shop asked for, as its order keeps it: the price and its currency, the token, how long
 * the buyer has, the remark and the way back to the shop, and a fingerprint of the whole request (a
 * retry with the same idempotency key must ask for the same). Immutable; part of its order (stored
 * in its row).
 */
public final class OrderTerms {

  private String requestFingerprint;
  private BigDecimal price;
  private String currency;
  private String tokenId;
  private long validPeriodSeconds;
  private String remark;
  private String returnUrl;

  protected OrderTerms() {
    // for the persistence mapping
  }

  private OrderTerms(CheckoutTerms terms) {
    this.requestFingerprint = terms.fingerprint();
    this.price = terms.price();
    this.currency = terms.currency();
    this.tokenId = terms.tokenId();
    this.validPeriodSeconds = terms.validPeriod().toSeconds();
    this.remark = terms.remark();
    this.returnUrl = terms.returnUrl();
  }

  static OrderTerms of(CheckoutTerms terms) {
    return new OrderTerms(terms);
  }

  /** Whether a request asks for exactly this (a retry of the same checkout). */
  public boolean isSameRequest(CheckoutTerms terms) {
    return requestFingerprint.equals(terms.fingerprint());
  }

  /** What the gateway is asked for by an attempt. */
  GatewayOrderRequest gatewayRequest(GatewayAttempt attempt) {
    return new GatewayOrderRequest(
        attempt.gatewayMerchantOrderId(),
        price(),
        currency,
        tokenId,
        validPeriod(),
        remark,
        attempt.api());
  }

  /** The currency the price is in: the order's crypto for a price in the token itself. */
  String pricedIn(String crypto) {
    return CheckoutTerms.TOKEN.equals(currency) ? crypto : currency;
  }

  /** The price as the shop gave it: in cents, or in the token without trailing zeros. */
  public BigDecimal price() {
    return CheckoutTerms.canonical(price, currency);
  }

  public String currency() {
    return currency;
  }

  public String tokenId() {
    return tokenId;
  }

  public Duration validPeriod() {
    return Duration.ofSeconds(validPeriodSeconds);
  }

  public Optional<String> remark() {
    return Optional.ofNullable(remark);
  }

  /** Where the buyer's page sends the buyer back to the shop. */
  public Optional<String> returnUrl() {
    return Optional.ofNullable(returnUrl);
  }
}
