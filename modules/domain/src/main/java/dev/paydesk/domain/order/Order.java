package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's request to be paid and what the gateway made of it. Created as {@link OrderStatus#CREATING}
 * before the gateway is called, so that a crash or a timeout never leaves an order that is paid at the
 * gateway but unknown here; it shows a pay address only once the gateway has answered.
 *
 * <p>Each call to the gateway is an attempt with its own gateway merchant order id: CCPayment v1 cannot
 * tell us the pay address of an order made by an attempt whose answer we lost ({@code bill/info} has no
 * address), so a retry never reuses an id that may already exist there.
 */
public class Order {

  private Long id;
  private long version;
  private String publicId;
  private String merchantOrderId;
  private String idempotencyKey;
  private String requestFingerprint;
  private BigDecimal price;
  private String currency;
  private String tokenId;
  private long validPeriodSeconds;
  private String remark;
  private OrderStatus status;
  private int gatewayAttempt;
  private String gatewayMerchantOrderId;
  private String gatewayOrderId;
  private String crypto;
  private String network;
  private BigDecimal cryptoAmount;
  private String payAddress;
  private String memo;
  private String logo;
  private String gatewayError;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant expiresAt;

  protected Order() {
    // for the persistence mapping
  }

  private Order(CheckoutId publicId, CheckoutTerms terms, String idempotencyKey, Instant now) {
    this.publicId = publicId.value();
    this.merchantOrderId = terms.merchantOrderId();
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.requestFingerprint = terms.fingerprint();
    this.price = terms.price();
    this.currency = terms.currency();
    this.tokenId = terms.tokenId();
    this.validPeriodSeconds = terms.validPeriod().toSeconds();
    this.remark = terms.remark();
    this.status = OrderStatus.CREATING;
    this.gatewayAttempt = 1;
    this.gatewayMerchantOrderId = terms.merchantOrderId();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new order, not yet known to the gateway. */
  public static Order open(CheckoutId publicId, CheckoutTerms terms, String idempotencyKey, Instant now) {
    return new Order(publicId, terms, idempotencyKey, now);
  }

  /** What to send the gateway for the current attempt. */
  public GatewayOrderRequest gatewayRequest() {
    return new GatewayOrderRequest(gatewayMerchantOrderId, price, currency, tokenId,
        Duration.ofSeconds(validPeriodSeconds), remark);
  }

  /** The gateway created the order: the buyer can now be shown where to pay. */
  public void assignGatewayOrder(GatewayOrder assigned, Instant now) {
    requireStatus(OrderStatus.CREATING, "assign a gateway order");
    this.gatewayOrderId = assigned.gatewayOrderId();
    this.cryptoAmount = assigned.cryptoAmount();
    this.crypto = assigned.crypto();
    this.network = assigned.network();
    this.payAddress = assigned.payAddress();
    this.memo = assigned.memo() == null || assigned.memo().isBlank() ? null : assigned.memo();
    this.logo = assigned.logo();
    Duration valid = assigned.validPeriod() != null ? assigned.validPeriod() : Duration.ofSeconds(validPeriodSeconds);
    this.expiresAt = now.plus(valid);
    this.gatewayError = null;
    this.status = OrderStatus.AWAITING_PAYMENT;
    this.updatedAt = now;
  }

  /** The gateway refused or gave no trustworthy answer: nothing to pay, the shop may retry. */
  public void gatewayFailed(String reason, Instant now) {
    requireStatus(OrderStatus.CREATING, "record a gateway failure");
    this.gatewayError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    this.status = OrderStatus.GATEWAY_FAILED;
    this.updatedAt = now;
  }

  /**
   * Whether the shop's retry may start a new gateway attempt: after a failure, or when an earlier
   * attempt was left in {@link OrderStatus#CREATING} for longer than any gateway call can take (the
   * server stopped mid-call).
   */
  public boolean mayRetryCreation(Instant now, Duration abandonedAfter) {
    return status == OrderStatus.GATEWAY_FAILED
        || (status == OrderStatus.CREATING && updatedAt.plus(abandonedAfter).isBefore(now));
  }

  /** Starts a new gateway attempt under a fresh gateway merchant order id. */
  public void retryCreation(Instant now) {
    if (status != OrderStatus.GATEWAY_FAILED && status != OrderStatus.CREATING) {
      throw new IllegalStateException("order " + publicId + " is " + status + "; nothing to retry");
    }
    this.gatewayAttempt++;
    this.gatewayMerchantOrderId = merchantOrderId + "-retry" + gatewayAttempt;
    this.status = OrderStatus.CREATING;
    this.updatedAt = now;
  }

  private void requireStatus(OrderStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException("cannot " + action + ": order " + publicId + " is " + status);
    }
  }

  public boolean isSameRequest(CheckoutTerms terms) {
    return requestFingerprint.equals(terms.fingerprint());
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public CheckoutId publicId() {
    return new CheckoutId(publicId);
  }

  public String merchantOrderId() {
    return merchantOrderId;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public BigDecimal price() {
    return price;
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

  public OrderStatus status() {
    return status;
  }

  public int gatewayAttempt() {
    return gatewayAttempt;
  }

  public String gatewayMerchantOrderId() {
    return gatewayMerchantOrderId;
  }

  public Optional<String> gatewayOrderId() {
    return Optional.ofNullable(gatewayOrderId);
  }

  public Optional<String> crypto() {
    return Optional.ofNullable(crypto);
  }

  public Optional<String> network() {
    return Optional.ofNullable(network);
  }

  public Optional<BigDecimal> cryptoAmount() {
    return Optional.ofNullable(cryptoAmount);
  }

  public Optional<String> payAddress() {
    return Optional.ofNullable(payAddress);
  }

  public Optional<String> memo() {
    return Optional.ofNullable(memo);
  }

  public Optional<String> logo() {
    return Optional.ofNullable(logo);
  }

  public Optional<String> gatewayError() {
    return Optional.ofNullable(gatewayError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }
}
