package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Orders for tests, in the states a test needs, with unique ids: {@code
 * anOrder().price("10.00").payable()}. Shared by every module's tests (the domain's test jar).
 */
public final class OrderBuilder {

  public static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");
  public static final String USDT_TRC20 = "0912e09a-d8e2-41d7-a0bc-a25530892988";

  private String merchantOrderId = unique("A");
  private String idempotencyKey = unique("key");
  private BigDecimal price = new BigDecimal("49.90");
  private String currency = "USD";
  private String tokenId = USDT_TRC20;
  private Duration validPeriod = Duration.ofHours(2);
  private String remark = "two mugs";
  private Instant createdAt = T0;
  private GatewayApi api = GatewayApi.V1;
  private BigDecimal cryptoAmount;
  private String chain = "TRX";
  private String contract = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

  private OrderBuilder() {}

  public static OrderBuilder anOrder() {
    return new OrderBuilder();
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public OrderBuilder merchantOrderId(String merchantOrderId) {
    this.merchantOrderId = merchantOrderId;
    return this;
  }

  public OrderBuilder api(GatewayApi api) {
    this.api = api;
    return this;
  }

  public OrderBuilder idempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    return this;
  }

  public OrderBuilder price(String price) {
    this.price = new BigDecimal(price);
    return this;
  }

  /** The price's currency: {@code USD} by default, {@code TOKEN} for a price in the token. */
  public OrderBuilder currency(String currency) {
    this.currency = currency;
    return this;
  }

  public OrderBuilder tokenId(String tokenId) {
    this.tokenId = tokenId;
    return this;
  }

  public OrderBuilder validFor(Duration validPeriod) {
    this.validPeriod = validPeriod;
    return this;
  }

  public OrderBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  /** The crypto amount the gateway asks for; the price by default (a 1:1 stablecoin). */
  public OrderBuilder cryptoAmount(String cryptoAmount) {
    this.cryptoAmount = new BigDecimal(cryptoAmount);
    return this;
  }

  /** The chain and token contract the pay address is on (USDT on Tron by default). */
  public OrderBuilder chain(String chain, String contract) {
    this.chain = chain;
    this.contract = contract;
    return this;
  }

  public CheckoutTerms terms() {
    return new CheckoutTerms(merchantOrderId, price, currency, tokenId, validPeriod, remark);
  }

  /** Stored before the gateway answered: nothing to pay yet. */
  public Order creating() {
    return Order.open(CheckoutId.random(), terms(), idempotencyKey, api, createdAt);
  }

  /** The gateway made it: awaiting payment until {@code createdAt + validPeriod}. */
  public Order payable() {
    Order order = creating();
    order.assignGatewayOrder(gatewayOrder(), createdAt);
    return order;
  }

  /** What the gateway answers for this order's {@code bill/create}. */
  public GatewayOrder gatewayOrder() {
    return new GatewayOrder(
        unique("gw"),
        cryptoAmount != null ? cryptoAmount : price,
        "USDT",
        "TRC20",
        "T" + UUID.randomUUID().toString().replace("-", "") + "x",
        null,
        "https://example.com/usdt.png",
        validPeriod,
        chain,
        contract);
  }

  /** A webhook's report of a transaction, with a record id and a txid. */
  public static PaymentReport webhookReport(String txid, PaymentStatus status, String amount) {
    return new PaymentReport(
        "rec-" + txid,
        "0x" + txid,
        status,
        amount == null ? null : new BigDecimal(amount),
        T0,
        EventSource.WEBHOOK);
  }
}
