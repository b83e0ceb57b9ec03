package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.order.TimelineEntry.Kind;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * ({@code success}) payments count, compared with the crypto amount due in exact decimals; which
 * report is which payment is the {@link OrderLedger}'s rule. Every change is a {@link
 * TimelineEntry}, numbered from a counter so that adding one never loads the timeline.
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
  private String returnUrl;
  private OrderStatus status;
  private int gatewayAttempt;
  private String gatewayMerchantOrderId;
  private String gatewayOrderId;
  private String crypto;
  private String network;
  private String chain;
  private String contract;
  private BigDecimal cryptoAmount;
  private String payAddress;
  private String memo;
  private String logo;
  private String gatewayError;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant expiresAt;
  private Instant expiredAt;
  private String reviewReason;
  private Instant reviewSince;
  private List<Payment> payments = new ArrayList<>();
  private int timelineLength;

  /** What this instance recorded on the timeline (the stored timeline is not loaded). */
  private transient List<TimelineEntry> recorded = new ArrayList<>();

  /** Where new entries are stored as they are recorded; none for an order only in memory. */
  private transient Consumer<TimelineEntry> timelineStore;

  private transient int stored;

  /** Longest review reason kept; later reasons are cut, the first ones stay. */
  static final int MAX_REVIEW_REASON = 1000;

  /**
   * What a payment report did to the order.
   *
   * @param recorded whether anything was recorded (false: an exact repeat of what was known)
   * @param latePartPayment money arrived after the order ended and does not cover it: the order
   *     stays ended (not paid), and the shop is told so
   * @param credited the amount this report credited (zero unless it confirmed a payment)
   */
  public record PaymentOutcome(
      boolean recorded,
      OrderStatus from,
      OrderStatus to,
      boolean latePartPayment,
      BigDecimal credited) {

    PaymentOutcome(boolean recorded, OrderStatus from, OrderStatus to) {
      this(recorded, from, to, false, BigDecimal.ZERO);
    }

    public boolean statusChanged() {
      return from != to;
    }
  }

  /**
   * Between a merchant order id and the attempt number in a later attempt's gateway merchant order
   * id ({@code A-1~2}). A shop's merchant order id cannot contain it ({@link CheckoutTerms}), so no
   * shop's id is ever one of Paydesk's retry ids; it is one of the characters URLs leave as they
   * are.
   */
  public static final String RETRY_SEPARATOR = "~";

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
    this.returnUrl = terms.returnUrl();
    this.status = OrderStatus.CREATING;
    this.gatewayAttempt = 1;
    this.gatewayMerchantOrderId = terms.merchantOrderId();
    this.createdAt = now;
    this.updatedAt = now;
    append(
        TimelineEntry.transition(
            Kind.CREATED,
            EventSource.SHOP,
            null,
            OrderStatus.CREATING,
            "price " + price().toPlainString() + " " + currency),
        now);
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
        price(),
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
    this.chain = assigned.chain();
    this.contract = ReportedAsset.canonicalContract(assigned.contract());
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
    append(
        TimelineEntry.transition(
            Kind.ADDRESS_ASSIGNED,
            EventSource.SHOP,
            OrderStatus.CREATING,
            status,
            cryptoAmount.toPlainString()
                + " "
                + crypto
                + " on "
                + network
                + " to "
                + payAddress
                + " (CCPayment order "
                + gatewayOrderId
                + ")"),
        now);
  }

  /** The gateway refused or gave no trustworthy answer: nothing to pay, the shop may retry. */
  public void gatewayFailed(String reason, Instant now) {
    requireStatus(OrderStatus.CREATING, "record a gateway failure");
    this.gatewayError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    this.status = OrderStatus.GATEWAY_FAILED;
    this.updatedAt = now;
    append(
        TimelineEntry.transition(
            Kind.GATEWAY_FAILED, EventSource.SHOP, OrderStatus.CREATING, status, gatewayError),
        now);
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
    this.gatewayMerchantOrderId = merchantOrderId + RETRY_SEPARATOR + gatewayAttempt;
    this.status = OrderStatus.CREATING;
    this.updatedAt = now;
    append(
        TimelineEntry.transition(
            Kind.GATEWAY_RETRIED, EventSource.SHOP, from, status, "as " + gatewayMerchantOrderId),
        now);
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
    OrderLedger.Entry entry = ledger().record(report, now);
    Payment payment = entry.payment();
    String recordId = payment.recordId().orElse(report.recordId());
    if (entry.change() == OrderLedger.Change.REPEAT) {
      return new PaymentOutcome(entry.merged(), before, before);
    }
    if (entry.change() == OrderLedger.Change.OUT_OF_ORDER) {
      String kept = word(entry.previous());
      append(
          TimelineEntry.payment(
              Kind.OUT_OF_ORDER_IGNORED,
              before,
              report,
              recordId,
              notificationId,
              describe(report) + " arrived after " + kept + "; kept " + kept),
          now);
      if (entry.previous() == PaymentStatus.SUCCESS && report.status() == PaymentStatus.FAILED) {
        flagForReview(
            "CCPayment reported "
                + describe(report)
                + " after it had been credited: check the transaction at CCPayment",
            report.source(),
            now);
      }
      updatedAt = now;
      return new PaymentOutcome(true, before, before);
    }
    Kind kind =
        switch (payment.status()) {
          case PENDING, PROCESSING -> Kind.PAYMENT_DETECTED;
          case SUCCESS -> Kind.PAYMENT_CONFIRMED;
          case FAILED -> Kind.PAYMENT_FAILED;
        };
    append(
        TimelineEntry.payment(kind, before, report, recordId, notificationId, describe(report)),
        now);
    if (payment.status() == PaymentStatus.FAILED
        && entry.change() == OrderLedger.Change.NEW
        && ledger().hasCreditWithoutRecord()) {
      flagForReview(
          "CCPayment reported "
              + describe(report)
              + " while a payment known only by its txid (from reconciliation) is credited: it may"
              + " be the same transaction",
          report.source(),
          now);
    }
    boolean credited = payment.status() == PaymentStatus.SUCCESS;
    OrderStatus next = decide(tolerance, credited);
    boolean latePart = credited && before.hasEnded() && next != OrderStatus.PAID_LATE;
    if (next != before) {
      status = next;
      append(
          TimelineEntry.statusDecided(before, next, report, recordId, notificationId, paidSoFar()),
          now);
    }
    if (latePart) {
      flagForReview(
          "late part-payment: "
              + plain(payment.credited())
              + " "
              + crypto
              + " arrived after the order "
              + (before == OrderStatus.CANCELLED ? "was cancelled" : "expired")
              + "; "
              + paidSoFar()
              + ", not enough to count as paid",
          report.source(),
          now);
    }
    updatedAt = now;
    return new PaymentOutcome(
        true, before, status, latePart, credited ? payment.credited() : BigDecimal.ZERO);
  }

  /**
   * Why a report of this asset must not be credited to this order: another crypto, chain or
   * contract than the order's, or another amount due than the one stored. Empty when nothing known
   * disagrees (what the report leaves out is not held against it).
   */
  public Optional<String> whyNotCredited(ReportedAsset asset) {
    List<String> differences = new ArrayList<>();
    differ(differences, "crypto", asset.crypto(), crypto);
    differ(differences, "chain", asset.chain(), chain);
    String reportedContract = ReportedAsset.canonicalContract(asset.contract());
    if (reportedContract != null && contract != null && !reportedContract.equals(contract)) {
      differences.add("contract " + asset.contract() + " (the order's is " + contract + ")");
    }
    if (asset.orderAmount() != null
        && cryptoAmount != null
        && !sameAmountDue(asset.orderAmount(), cryptoAmount)) {
      differences.add(
          "order amount "
              + plain(asset.orderAmount())
              + " (the order asks "
              + plain(cryptoAmount)
              + ")");
    }
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "reports "
            + String.join(", ", differences)
            + " for checkout "
            + publicId
            + ": not credited; look it up at CCPayment");
  }

  /**
   * The gateway may write the amount due with fewer decimals, rounded either way: the same amount
   * is within one unit of the coarser of the two spellings.
   */
  private static boolean sameAmountDue(BigDecimal reported, BigDecimal stored) {
    int coarser = Math.max(Math.min(reported.scale(), stored.scale()), 0);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(coarser);
    return reported.subtract(stored).abs().compareTo(unit) <= 0;
  }

  private static void differ(List<String> differences, String what, String reported, String own) {
    if (reported != null && own != null && !reported.equalsIgnoreCase(own)) {
      differences.add(what + " " + reported + " (the order's is " + own + ")");
    }
  }

  /**
   * Puts the order in the console's "to review" queue with the reason, on the timeline too; a
   * further reason is added to the ones already waiting.
   */
  public void flagForReview(String reason, EventSource source, Instant now) {
    String combined = reviewReason == null ? reason : reviewReason + " | " + reason;
    reviewReason =
        combined.length() <= MAX_REVIEW_REASON
            ? combined
            : combined.substring(0, MAX_REVIEW_REASON);
    if (reviewSince == null) {
      reviewSince = now;
    }
    updatedAt = now;
    append(TimelineEntry.transition(Kind.REVIEW_FLAGGED, source, status, status, reason), now);
  }

  /** A person looked into what was flagged: the order leaves the "to review" queue. */
  public void markReviewed(String by, String note, Instant now) {
    if (reviewReason == null) {
      throw new IllegalStateException("order " + publicId + " has nothing to review");
    }
    reviewReason = null;
    reviewSince = null;
    updatedAt = now;
    append(TimelineEntry.byMerchant(Kind.REVIEWED, by, status, status, note), now);
  }

  /** What a person should look into, if anything. */
  public Optional<String> reviewReason() {
    return Optional.ofNullable(reviewReason);
  }

  public Optional<Instant> reviewSince() {
    return Optional.ofNullable(reviewSince);
  }

  private OrderLedger ledger() {
    return new OrderLedger(this, payments);
  }

  /**
   * The state the payments justify. After expiry or cancellation, money that brings the total to
   * what the order asked (within the tolerance) makes it {@code PAID_LATE}; less leaves it ended
   * ({@code EXPIRED} becomes {@code EXPIRED_UNDERPAID}: part of it is paid now).
   */
  private OrderStatus decide(UnderpaymentTolerance tolerance, boolean creditedNow) {
    if (status.hasEnded()) {
      if (!creditedNow || status == OrderStatus.PAID_LATE) {
        return status;
      }
      if (covered(tolerance)) {
        return OrderStatus.PAID_LATE;
      }
      return status == OrderStatus.EXPIRED ? OrderStatus.EXPIRED_UNDERPAID : status;
    }
    BigDecimal paid = amountPaid();
    if (paid.signum() > 0) {
      if (covered(tolerance)) {
        return paid.compareTo(cryptoAmount) > 0 ? OrderStatus.OVERPAID : OrderStatus.PAID;
      }
      return OrderStatus.UNDERPAID;
    }
    return hasPaymentInFlight() ? OrderStatus.PAYMENT_DETECTED : OrderStatus.AWAITING_PAYMENT;
  }

  private boolean covered(UnderpaymentTolerance tolerance) {
    String pricedIn = CheckoutTerms.TOKEN.equals(currency) ? crypto : currency;
    return amountPaid().compareTo(tolerance.minimumFor(cryptoAmount, price, pricedIn)) >= 0;
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
    append(TimelineEntry.transition(Kind.EXPIRED, source, before, status, paidSoFar()), now);
    return true;
  }

  /** Whether the merchant may cancel it now: payable and nothing paid or on its way. */
  public boolean mayBeCancelled() {
    return status == OrderStatus.AWAITING_PAYMENT && payments.isEmpty();
  }

  /**
   * The merchant cancels an order nobody has paid. A payment that still arrives is kept; it makes
   * it {@link OrderStatus#PAID_LATE} once the money covers the order.
   *
   * @throws IllegalStateException when it {@linkplain #mayBeCancelled() may not be cancelled}
   */
  public void cancel(String by, String reason, Instant now) {
    if (!mayBeCancelled()) {
      throw new IllegalStateException(
          "order "
              + publicId
              + " is "
              + status
              + (payments.isEmpty() ? "" : " with payments")
              + "; only an unpaid order awaiting payment can be cancelled");
    }
    OrderStatus before = status;
    status = OrderStatus.CANCELLED;
    expiredAt = now;
    updatedAt = now;
    append(TimelineEntry.byMerchant(Kind.CANCELLED, by, before, status, reason), now);
  }

  /** A merchant's note on the timeline; changes nothing else. */
  public void addNote(String by, String text, Instant now) {
    updatedAt = now;
    append(TimelineEntry.byMerchant(Kind.NOTE, by, status, status, text), now);
  }

  /** Someone had one of the order's shop events sent again ({@code by}: a console user, if one). */
  public void shopEventSentAgain(
      String eventId, String type, EventSource source, String by, Instant now) {
    append(
        TimelineEntry.by(
            Kind.SHOP_EVENT_SENT_AGAIN, source, by, status, status, type + " " + eventId),
        now);
  }

  /** Someone asked the gateway about this order now ("check now"). */
  public void checkedAtGateway(EventSource source, String by, Instant now) {
    append(
        TimelineEntry.by(Kind.CHECKED_AT_GATEWAY, source, by, status, status, "asked CCPayment"),
        now);
  }

  /** Sum of confirmed payments, in the order's crypto. */
  public BigDecimal amountPaid() {
    return ledger().amountPaid();
  }

  /** What is still due; zero once paid or overpaid; empty before the gateway set an amount. */
  public Optional<BigDecimal> amountRemaining() {
    return cryptoAmount().map(due -> due.subtract(amountPaid()).max(BigDecimal.ZERO));
  }

  public boolean hasPaymentInFlight() {
    return ledger().hasPaymentInFlight();
  }

  public List<Payment> payments() {
    return Collections.unmodifiableList(payments);
  }

  /**
   * The entries this instance recorded, oldest first: all of them for an order made in memory,
   * those since it was loaded for a stored one (the stored timeline is read by the application's
   * order queries).
   */
  public List<TimelineEntry> recordedTimeline() {
    return Collections.unmodifiableList(recorded);
  }

  /**
   * Has every entry recorded from now on, and any recorded before, stored as it is recorded. The
   * repository wires this for each order it hands out, so the stored timeline is appended to
   * without ever being loaded.
   */
  public void storeTimelineWith(Consumer<TimelineEntry> store) {
    this.timelineStore = Objects.requireNonNull(store, "store");
    while (stored < recorded.size()) {
      store.accept(recorded.get(stored++));
    }
  }

  public Optional<Instant> expiredAt() {
    return Optional.ofNullable(expiredAt);
  }

  private static String describe(PaymentReport report) {
    return word(report.status())
        + " "
        + (report.amount() == null ? "" : plain(report.amount()) + " ")
        + (report.txid() != null ? "tx " + report.txid() : "record " + report.recordId());
  }

  private String paidSoFar() {
    return "paid " + plain(amountPaid()) + " of " + plain(cryptoAmount) + " " + crypto;
  }

  /** An amount as people write it: exact, without the stored scale's trailing zeros. */
  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String word(PaymentStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private void append(TimelineEntry entry, Instant at) {
    entry.attach(this, ++timelineLength, at);
    recorded.add(entry);
    if (timelineStore != null) {
      timelineStore.accept(entry);
      stored++;
    }
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

  /** How many entries its timeline has, counting those recorded and not yet stored. */
  public int timelineLength() {
    return timelineLength;
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

  /** The chain the pay address is on, when known (orders made before it was kept have none). */
  public Optional<String> chain() {
    return Optional.ofNullable(chain);
  }

  public Optional<String> contract() {
    return Optional.ofNullable(contract);
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
