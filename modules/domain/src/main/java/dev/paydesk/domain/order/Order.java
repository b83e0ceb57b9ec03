package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.order.TimelineEntry.Kind;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.Payment;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's request to be paid and what the gateway made of it. Created as {@link
 * OrderStatus#CREATING} before the gateway is called, so that a crash or a timeout never leaves an
 * order that is paid at the gateway but unknown here; it shows a pay address only once the gateway
 * has answered.
 *
 * <p>Each call to the gateway is an attempt with its own gateway merchant order id: CCPayment v1
 * cannot tell us the pay address of an order made by an attempt whose answer we lost ({@code
 * bill/info} has no address), so a retry never reuses an id that may already exist there.
 *
 * <p>Once payable, its state follows from its payments (see {@link #applyPayment}): only confirmed
 * ({@code success}) payments count, compared with the crypto amount due in exact decimals. Every
 * change is a {@link TimelineEntry}.
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
  private Instant expiredAt;
  private List<Payment> payments = new ArrayList<>();
  private List<TimelineEntry> timeline = new ArrayList<>();

  /**
   * What a payment report did to the order.
   *
   * @param recorded whether anything was recorded (false: an exact repeat of what was known)
   */
  public record PaymentOutcome(boolean recorded, OrderStatus from, OrderStatus to) {
    public boolean statusChanged() {
      return from != to;
    }
  }

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
    record(
        now,
        Kind.CREATED,
        EventSource.SHOP,
        null,
        OrderStatus.CREATING,
        "price " + price.toPlainString() + " " + currency,
        null);
  }

  /** A new order, not yet known to the gateway. */
  public static Order open(
      CheckoutId publicId, CheckoutTerms terms, String idempotencyKey, Instant now) {
    return new Order(publicId, terms, idempotencyKey, now);
  }

  /** What to send the gateway for the current attempt. */
  public GatewayOrderRequest gatewayRequest() {
    return new GatewayOrderRequest(
        gatewayMerchantOrderId,
        price,
        currency,
        tokenId,
        Duration.ofSeconds(validPeriodSeconds),
        remark);
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
    Duration valid =
        assigned.validPeriod() != null
            ? assigned.validPeriod()
            : Duration.ofSeconds(validPeriodSeconds);
    this.expiresAt = now.plus(valid);
    this.gatewayError = null;
    this.status = OrderStatus.AWAITING_PAYMENT;
    this.updatedAt = now;
    record(
        now,
        Kind.ADDRESS_ASSIGNED,
        EventSource.SHOP,
        OrderStatus.CREATING,
        status,
        cryptoAmount.toPlainString() + " " + crypto + " on " + network + " to " + payAddress,
        null);
  }

  /** The gateway refused or gave no trustworthy answer: nothing to pay, the shop may retry. */
  public void gatewayFailed(String reason, Instant now) {
    requireStatus(OrderStatus.CREATING, "record a gateway failure");
    this.gatewayError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    this.status = OrderStatus.GATEWAY_FAILED;
    this.updatedAt = now;
    record(
        now,
        Kind.GATEWAY_FAILED,
        EventSource.SHOP,
        OrderStatus.CREATING,
        status,
        gatewayError,
        null);
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
    OrderStatus from = status;
    this.gatewayMerchantOrderId = merchantOrderId + "-retry" + gatewayAttempt;
    this.status = OrderStatus.CREATING;
    this.updatedAt = now;
    record(
        now,
        Kind.GATEWAY_RETRIED,
        EventSource.SHOP,
        from,
        status,
        "as " + gatewayMerchantOrderId,
        null);
  }

  /**
   * Applies what a webhook, a repeated webhook or reconciliation says about one transaction. The
   * same transaction counts once however often and in whatever order it is reported; a report that
   * would move it backwards (processing after success) is recorded on the timeline and changes
   * nothing.
   *
   * @param notificationId the stored raw notification behind the report, if any
   */
  public PaymentOutcome applyPayment(
      PaymentReport report, UnderpaymentTolerance tolerance, Instant now, Long notificationId) {
    if (!status.hasGatewayOrder()) {
      throw new IllegalStateException(
          "order " + publicId + " is " + status + "; it cannot receive payments");
    }
    OrderStatus before = status;
    boolean merged = dropPlaceholderOf(report);
    if (merged) {
      // the record id stays with the dropped row until this transaction ends (the database deletes
      // after it updates), so the txid's payment does not adopt it; the webhook log keeps it
      report =
          new PaymentReport(
              null,
              report.txid(),
              report.status(),
              report.amount(),
              report.occurredAt(),
              report.source());
    }
    Optional<Payment> known = paymentOf(report);
    Payment payment;
    if (known.isEmpty()) {
      payment = new Payment(this, report, now);
      payments.add(payment);
    } else {
      payment = known.get();
      PaymentStatus was = payment.status();
      if (!payment.advance(report, now)) {
        if (was == report.status()) {
          return new PaymentOutcome(merged, before, before);
        }
        record(
            now,
            Kind.OUT_OF_ORDER_IGNORED,
            report.source(),
            before,
            before,
            describe(report)
                + " arrived after "
                + was.name().toLowerCase()
                + "; kept "
                + was.name().toLowerCase(),
            notificationId);
        updatedAt = now;
        return new PaymentOutcome(true, before, before);
      }
    }
    Kind kind =
        switch (payment.status()) {
          case PENDING, PROCESSING -> Kind.PAYMENT_DETECTED;
          case SUCCESS -> Kind.PAYMENT_CONFIRMED;
          case FAILED -> Kind.PAYMENT_FAILED;
        };
    record(now, kind, report.source(), before, before, describe(report), notificationId);
    OrderStatus next = decide(tolerance, payment.status() == PaymentStatus.SUCCESS);
    if (next != before) {
      status = next;
      record(
          now,
          Kind.STATUS_CHANGED,
          report.source(),
          before,
          next,
          "paid "
              + amountPaid().toPlainString()
              + " of "
              + cryptoAmount.toPlainString()
              + " "
              + crypto,
          notificationId);
    }
    updatedAt = now;
    return new PaymentOutcome(true, before, status);
  }

  /** The payment this report is about: by transaction key (the txid), else by gateway record id. */
  private Optional<Payment> paymentOf(PaymentReport report) {
    return payments.stream()
        .filter(p -> p.transactionKey().equals(report.transactionKey()))
        .findFirst()
        .or(() -> byRecordId(report));
  }

  private Optional<Payment> byRecordId(PaymentReport report) {
    return report.recordId() == null
        ? Optional.empty()
        : payments.stream()
            .filter(p -> p.recordId().filter(report.recordId()::equals).isPresent())
            .findFirst();
  }

  /**
   * A transaction first reported by record id alone (a {@code pending} webhook, before it had a
   * txid) and since found by its txid ({@code bill/info}, which has no record id) is one
   * transaction kept twice: the uncredited placeholder goes, so it neither counts twice nor holds
   * the order "in flight".
   *
   * @return whether a placeholder was dropped
   */
  private boolean dropPlaceholderOf(PaymentReport report) {
    Optional<Payment> byRecord = byRecordId(report);
    boolean knownByTxid =
        payments.stream().anyMatch(p -> p.transactionKey().equals(report.transactionKey()));
    if (byRecord.isPresent()
        && knownByTxid
        && byRecord.get().txid().isEmpty()
        && byRecord.get().status().isInFlight()
        && !byRecord.get().transactionKey().equals(report.transactionKey())) {
      payments.remove(byRecord.get());
      return true;
    }
    return false;
  }

  /**
   * The state the payments justify. After expiry, new money makes the order {@code PAID_LATE};
   * nothing else moves it.
   */
  private OrderStatus decide(UnderpaymentTolerance tolerance, boolean creditedNow) {
    if (status.isExpired()) {
      return creditedNow ? OrderStatus.PAID_LATE : status;
    }
    BigDecimal paid = amountPaid();
    if (paid.signum() > 0) {
      if (paid.compareTo(tolerance.minimumFor(cryptoAmount)) >= 0) {
        return paid.compareTo(cryptoAmount) > 0 ? OrderStatus.OVERPAID : OrderStatus.PAID;
      }
      return OrderStatus.UNDERPAID;
    }
    return hasPaymentInFlight() ? OrderStatus.PAYMENT_DETECTED : OrderStatus.AWAITING_PAYMENT;
  }

  /**
   * Whether the order may expire now: still asking for money, past its expiry plus the grace
   * period, and with no payment on its way.
   */
  public boolean isDue(Instant now, Duration grace) {
    return (status == OrderStatus.AWAITING_PAYMENT || status == OrderStatus.UNDERPAID)
        && expiresAt != null
        && !expiresAt.plus(grace).isAfter(now)
        && !hasPaymentInFlight();
  }

  /** Ends an unpaid (or partly paid) order. Does nothing, and says so, unless it {@link #isDue}. */
  public boolean expire(Instant now, Duration grace, EventSource source) {
    if (!isDue(now, grace)) {
      return false;
    }
    OrderStatus before = status;
    status = amountPaid().signum() > 0 ? OrderStatus.EXPIRED_UNDERPAID : OrderStatus.EXPIRED;
    expiredAt = now;
    updatedAt = now;
    record(
        now,
        Kind.EXPIRED,
        source,
        before,
        status,
        "paid "
            + amountPaid().toPlainString()
            + " of "
            + cryptoAmount.toPlainString()
            + " "
            + crypto,
        null);
    return true;
  }

  /** Sum of confirmed payments, in the order's crypto. */
  public BigDecimal amountPaid() {
    return payments.stream().map(Payment::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What is still due; zero once paid or overpaid; empty before the gateway set an amount. */
  public Optional<BigDecimal> amountRemaining() {
    return cryptoAmount().map(due -> due.subtract(amountPaid()).max(BigDecimal.ZERO));
  }

  public boolean hasPaymentInFlight() {
    return payments.stream().anyMatch(p -> p.status().isInFlight());
  }

  public List<Payment> payments() {
    return Collections.unmodifiableList(payments);
  }

  public List<TimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  public Optional<Instant> expiredAt() {
    return Optional.ofNullable(expiredAt);
  }

  private static String describe(PaymentReport report) {
    return report.status().name().toLowerCase()
        + " "
        + (report.amount() == null ? "" : report.amount().toPlainString() + " ")
        + (report.txid() != null ? "tx " + report.txid() : "record " + report.recordId());
  }

  private void record(
      Instant at,
      Kind kind,
      EventSource source,
      OrderStatus from,
      OrderStatus to,
      String detail,
      Long notificationId) {
    timeline.add(
        new TimelineEntry(
            this, timeline.size() + 1, at, kind, source, from, to, detail, notificationId));
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
