package dev.paydesk.domain.order;

import static dev.paydesk.domain.order.TimelineEntry.Kind.CHECKED_AT_GATEWAY;
import static dev.paydesk.domain.order.TimelineEntry.Kind.OUT_OF_ORDER_IGNORED;
import static dev.paydesk.domain.order.TimelineEntry.Kind.SHOP_EVENT_SENT_AGAIN;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's request to be paid and what the gateway made of it. Created as {@link
 * OrderStatus#CREATING} before the gateway is called, so that a crash or a timeout never leaves an
 * order that is paid at the gateway but unknown here; it shows a pay address only once the gateway
 * has answered.
 *
 * <p>Each call to the gateway is a {@link GatewayAttempt} with its own gateway merchant order id.
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
  private OrderTerms terms;
  private OrderStatus status;
  private GatewayAttempt attempt;
  private PayInstructions pay;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant expiresAt;
  private Instant expiredAt;
  private ReviewFlag review;
  private List<Payment> payments = new ArrayList<>();
  private int timelineLength;

  /** What this instance recorded on the timeline (the stored timeline is not loaded). */
  private transient RecordedTimeline recorded = new RecordedTimeline();

  protected Order() {
    // for the persistence mapping
  }

  /** A new order, not yet known to the gateway, which {@code api} will make. */
  public static Order open(
      CheckoutId publicId,
      CheckoutTerms terms,
      String idempotencyKey,
      GatewayApi api,
      Instant now) {
    Order o = new Order();
    o.publicId = publicId.value();
    o.merchantOrderId = terms.merchantOrderId();
    o.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    o.terms = OrderTerms.of(terms);
    o.status = OrderStatus.CREATING;
    o.attempt = GatewayAttempt.first(terms.merchantOrderId(), api);
    o.createdAt = now;
    o.updatedAt = now;
    String price = o.terms.price().toPlainString() + " " + o.terms.currency();
    o.record(Kind.CREATED, EventSource.SHOP, null, "price " + price, now);
    return o;
  }

  /** What to send the gateway for the current attempt. */
  public GatewayOrderRequest gatewayRequest() {
    return terms.gatewayRequest(attempt);
  }

  /** The gateway created the order: the buyer can now be shown where to pay. */
  public void assignGatewayOrder(GatewayOrder assigned, Instant now) {
    requireStatus(OrderStatus.CREATING, "assign a gateway order");
    this.attempt = attempt.made(assigned.gatewayOrderId());
    this.pay = PayInstructions.of(assigned);
    this.expiresAt =
        now.plus(assigned.validPeriod() != null ? assigned.validPeriod() : terms.validPeriod());
    this.status = OrderStatus.AWAITING_PAYMENT;
    this.updatedAt = now;
    String assignedTo = pay.describe() + TimelineText.atCcPayment(attempt);
    record(Kind.ADDRESS_ASSIGNED, EventSource.SHOP, OrderStatus.CREATING, assignedTo, now);
  }

  /** The gateway refused or gave no trustworthy answer: nothing to pay, the shop may retry. */
  public void gatewayFailed(String reason, Instant now) {
    requireStatus(OrderStatus.CREATING, "record a gateway failure");
    this.attempt = attempt.failed(reason);
    this.status = OrderStatus.GATEWAY_FAILED;
    this.updatedAt = now;
    String why = attempt.error().orElse(null);
    record(Kind.GATEWAY_FAILED, EventSource.SHOP, OrderStatus.CREATING, why, now);
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

  /** Starts a new gateway attempt, on {@code api}, under a fresh gateway merchant order id. */
  public void retryCreation(GatewayApi api, Instant now) {
    if (status != OrderStatus.GATEWAY_FAILED && status != OrderStatus.CREATING) {
      throw refused(Refusal.NOTHING_TO_RETRY, "is " + status + "; nothing to retry");
    }
    OrderStatus from = status;
    this.attempt = attempt.next(merchantOrderId, api);
    this.status = OrderStatus.CREATING;
    this.updatedAt = now;
    String as = "as " + attempt.gatewayMerchantOrderId();
    record(Kind.GATEWAY_RETRIED, EventSource.SHOP, from, as, now);
  }

  /**
   * Applies what a webhook, a repeated webhook or reconciliation says about one transaction. The
   * same transaction counts once however often and in whatever order it is reported; a report that
   * would move it backwards (processing after success) is recorded on the timeline and changes
   * nothing.
   *
   * @param webhookId the stored raw webhook behind the report, if any
   */
  public PaymentOutcome applyPayment(
      PaymentReport report, UnderpaymentTolerance tolerance, Instant now, Long webhookId) {
    if (!status.hasGatewayOrder()) {
      throw refused(Refusal.CANNOT_RECEIVE_PAYMENTS, "is " + status + "; it takes no payments");
    }
    OrderStatus before = status;
    OrderLedger ledger = ledger();
    OrderLedger.Entry entry = ledger.record(report, now);
    Payment payment = entry.payment();
    String recordId = payment.recordId().orElse(report.recordId());
    if (entry.change() == OrderLedger.Change.REPEAT) {
      return new PaymentOutcome(entry.merged(), before, before);
    }
    if (entry.change() == OrderLedger.Change.OUT_OF_ORDER) {
      String kept = TimelineText.word(entry.previous());
      String late = TimelineText.payment(report) + " arrived after " + kept + "; kept " + kept;
      append(
          TimelineEntry.payment(OUT_OF_ORDER_IGNORED, before, report, recordId, webhookId, late),
          now);
      ledger.whyReview(entry, report).ifPresent(r -> flagForReview(r, report.source(), now));
      updatedAt = now;
      return new PaymentOutcome(true, before, before);
    }
    Kind kind = Kind.ofPayment(payment.status());
    String what = TimelineText.payment(report);
    append(TimelineEntry.payment(kind, before, report, recordId, webhookId, what), now);
    ledger.whyReview(entry, report).ifPresent(r -> flagForReview(r, report.source(), now));
    boolean credited = payment.status() == PaymentStatus.SUCCESS;
    OrderStatus next = decide(tolerance, credited);
    boolean latePart = credited && before.hasEnded() && next != OrderStatus.PAID_LATE;
    String paid = TimelineText.paidSoFar(amountPaid(), pay);
    if (next != before) {
      status = next;
      append(TimelineEntry.statusDecided(before, next, report, recordId, webhookId, paid), now);
    }
    if (latePart) {
      String text = TimelineText.latePartPayment(payment.credited(), pay.crypto(), before, paid);
      flagForReview(text, report.source(), now);
    }
    updatedAt = now;
    return new PaymentOutcome(
        true, before, status, latePart, credited ? payment.credited() : BigDecimal.ZERO);
  }

  /** Why a report of this asset must not be credited here: {@link PayInstructions#differences}. */
  public Optional<String> whyNotCredited(ReportedAsset asset) {
    return Optional.ofNullable(pay)
        .flatMap(p -> p.differences(asset))
        .map(d -> TimelineText.notCredited(d, publicId));
  }

  /**
   * Puts the order in the console's "to review" queue with the reason, on the timeline too; a
   * further reason is added to the ones already waiting.
   */
  public void flagForReview(String reason, EventSource source, Instant now) {
    review = ReviewFlag.raise(review, reason, now);
    updatedAt = now;
    record(Kind.REVIEW_FLAGGED, source, status, reason, now);
  }

  /** A person looked into what was flagged: the order leaves the "to review" queue. */
  public void markReviewed(String by, String note, Instant now) {
    if (review == null) {
      throw refused(Refusal.NOTHING_TO_REVIEW, "has nothing to review");
    }
    review = null;
    updatedAt = now;
    append(TimelineEntry.byMerchant(Kind.REVIEWED, by, status, status, note), now);
  }

  /** What a person should look into, if anything. */
  public Optional<ReviewFlag> review() {
    return Optional.ofNullable(review);
  }

  private OrderLedger ledger() {
    return new OrderLedger(this, payments);
  }

  private OrderStatus decide(UnderpaymentTolerance tolerance, boolean creditedNow) {
    BigDecimal minimum =
        tolerance.minimumFor(pay.cryptoAmount(), terms.price(), terms.pricedIn(pay.crypto()));
    return StatusRule.justified(
        status, creditedNow, amountPaid(), pay.cryptoAmount(), minimum, hasPaymentInFlight());
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
    return expire(now, grace, source, now);
  }

  /**
   * Expires the order if it is due as of {@code asOf}, recorded at {@code ranAt}: a sandbox run "as
   * of" a later time keeps that time as the order's expiry but goes on the timeline when it ran
   * (saying as of when), so the timeline stays in the order things happened.
   */
  public boolean expire(Instant asOf, Duration grace, EventSource source, Instant ranAt) {
    if (!isDue(asOf, grace)) {
      return false;
    }
    OrderStatus before = status;
    status = amountPaid().signum() > 0 ? OrderStatus.EXPIRED_UNDERPAID : OrderStatus.EXPIRED;
    boolean ahead = asOf.isAfter(ranAt);
    Instant at = ahead ? ranAt : asOf;
    expiredAt = asOf;
    updatedAt = at;
    String paid = TimelineText.paidSoFar(amountPaid(), pay);
    record(Kind.EXPIRED, source, before, ahead ? paid + "; in a run as of " + asOf : paid, at);
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
   * @throws OrderRefusedException when it {@linkplain #mayBeCancelled() may not be cancelled}
   */
  public void cancel(String by, String reason, Instant now) {
    if (!mayBeCancelled()) {
      String with = payments.isEmpty() ? "" : " with payments";
      throw refused(Refusal.NOT_CANCELLABLE, "is " + status + with + "; it cannot be cancelled");
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
        TimelineEntry.by(SHOP_EVENT_SENT_AGAIN, source, by, status, status, type + " " + eventId),
        now);
  }

  /**
   * Someone asked the gateway to look for a transaction it missed (CCPayment v2's rescan), with
   * what it answered.
   */
  public void rescanAsked(EventSource source, String by, String txid, String answer, Instant now) {
    append(
        TimelineEntry.by(
            CHECKED_AT_GATEWAY, source, by, status, status, TimelineText.rescan(txid, answer)),
        now);
  }

  /**
   * A person decided about a payment the gateway flagged risky (credited with {@link #applyPayment}
   * before, or left uncredited): the decision goes on the timeline with its record and the order
   * leaves the "to review" queue.
   */
  public void riskyPaymentDecided(String by, String recordId, String decision, Instant now) {
    review = null;
    updatedAt = now;
    append(TimelineEntry.aboutRecord(Kind.REVIEWED, by, status, recordId, decision), now);
  }

  /** A step of one of the order's refunds, with who took it; the order's status stays. */
  public void refundStep(EventSource source, String by, String refundId, String text, Instant now) {
    append(TimelineEntry.by(Kind.REFUND, source, by, status, status, refundId + ": " + text), now);
  }

  /** Someone asked the gateway about this order now ("check now"). */
  public void checkedAtGateway(EventSource source, String by, Instant now) {
    append(
        TimelineEntry.by(CHECKED_AT_GATEWAY, source, by, status, status, "asked CCPayment"), now);
  }

  /** Sum of confirmed payments, in the order's crypto. */
  public BigDecimal amountPaid() {
    return ledger().amountPaid();
  }

  public boolean hasPaymentInFlight() {
    return ledger().hasPaymentInFlight();
  }

  public List<Payment> payments() {
    return Collections.unmodifiableList(payments);
  }

  /** What this instance recorded on its timeline, and where that is stored. */
  public RecordedTimeline timeline() {
    return recorded;
  }

  public Optional<Instant> expiredAt() {
    return Optional.ofNullable(expiredAt);
  }

  /** Records a change made by the shop, a timer or the gateway: from {@code from} to now. */
  private void record(Kind kind, EventSource source, OrderStatus from, String detail, Instant at) {
    append(TimelineEntry.transition(kind, source, from, status, detail), at);
  }

  private void append(TimelineEntry entry, Instant at) {
    entry.attach(this, ++timelineLength, at);
    recorded.add(entry);
  }

  private OrderRefusedException refused(Refusal refusal, String why) {
    return new OrderRefusedException(refusal, "order " + publicId + " " + why);
  }

  private void requireStatus(OrderStatus expected, String action) {
    if (status != expected) {
      throw refused(Refusal.WRONG_STATE, "is " + status + ": cannot " + action);
    }
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

  /** What the shop asked for. */
  public OrderTerms terms() {
    return terms;
  }

  public OrderStatus status() {
    return status;
  }

  /** The current (or last) call to the gateway, and what came of it. */
  public GatewayAttempt attempt() {
    return attempt;
  }

  /** What the buyer is told to pay; empty until the gateway has made the order. */
  public Optional<PayInstructions> payInstructions() {
    return Optional.ofNullable(pay);
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
