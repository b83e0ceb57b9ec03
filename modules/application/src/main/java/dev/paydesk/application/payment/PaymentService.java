package dev.paydesk.application.payment;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderQueries;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.HeldPayment;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueOrderStore;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.PaymentOutcome;
import dev.paydesk.domain.order.ReviewFlag;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one path by which money reaches an order, whatever reported it: each method is one
 * transaction that locks the order, applies the report through the aggregate, and stores what it
 * did.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

  private OrderRepository orders;
  private DueOrderStore dueOrders;
  private OrderQueries queries;
  private WebhookLog webhooks;
  private WebhookReader reader;
  private PaymentSettings settings;
  private Event<OrderStatusChanged> statusChanged;
  private Event<LatePaymentReceived> latePayments;
  private Clock clock;

  protected PaymentService() {
    // for CDI proxies
  }

  @Inject
  public PaymentService(
      OrderRepository orders,
      DueOrderStore dueOrders,
      OrderQueries queries,
      WebhookLog webhooks,
      WebhookReader reader,
      PaymentSettings settings,
      Event<OrderStatusChanged> statusChanged,
      Event<LatePaymentReceived> latePayments,
      Clock clock) {
    this.orders = orders;
    this.dueOrders = dueOrders;
    this.queries = queries;
    this.webhooks = webhooks;
    this.reader = reader;
    this.settings = settings;
    this.statusChanged = statusChanged;
    this.latePayments = latePayments;
    this.clock = clock;
  }

  /**
   * Stores a verified webhook and applies it, in one transaction: if this commits, the effect and
   * the log entry both exist; if it fails, neither does and the gateway will deliver again.
   *
   * @param content what it says, as Paydesk reads it
   */
  public Outcome applyWebhook(ReceivedWebhook raw, WebhookContent content) {
    WebhookTarget target = content.target();
    if (content instanceof WebhookContent.PaymentReported reported
        && webhooks.addIfRepeat(raw, reported.report(), target.gatewayOrderId())) {
      // a repeat of a stored payment to the letter (CCPayment retries, storms): logged, no lock
      return Outcome.DUPLICATE;
    }
    webhooks.add(raw);
    if (content instanceof WebhookContent.Ignored ignored
        && target.gatewayMerchantOrderId() == null
        && target.gatewayOrderId() == null) {
      // about no order at all (v2's ActivateWebhookURL, a withdrawal): not an orphan payment
      raw.settle(Outcome.IGNORED, ignored.because(), null);
      return Outcome.IGNORED;
    }
    Optional<Order> found = lockTarget(target);
    if (found.isEmpty()) {
      raw.settle(
          Outcome.ORPHAN,
          "no order has merchant order id "
              + target.gatewayMerchantOrderId()
              + " or gateway order id "
              + target.gatewayOrderId(),
          null);
      return Outcome.ORPHAN;
    }
    Optional<String> mismatch = mismatch(found.get(), target);
    if (mismatch.isPresent()) {
      raw.settle(Outcome.ORPHAN, mismatch.get(), null);
      return Outcome.ORPHAN;
    }
    return applyTo(found.get(), raw, content, null);
  }

  /**
   * A signed webhook that names the merchant order but another CCPayment order than the one stored
   * for it: not credited (whose money is it?); kept as an orphan for a person to look into.
   */
  private static Optional<String> mismatch(Order order, WebhookTarget target) {
    if (target.gatewayOrderId() == null
        || order.attempt().gatewayOrderId().isEmpty()
        || order.attempt().gatewayOrderId().get().equals(target.gatewayOrderId())) {
      return Optional.empty();
    }
    return Optional.of(
        "its order_id "
            + target.gatewayOrderId()
            + " is not CCPayment order "
            + order.attempt().gatewayOrderId().get()
            + " of merchant order "
            + target.gatewayMerchantOrderId()
            + ": not credited; look it up at CCPayment");
  }

  /**
   * Applies an orphan webhook to the order it names, now that the order exists (made after the
   * payment, or under that id later). Applied once: the webhook is then no orphan.
   *
   * @throws IllegalArgumentException it is no orphan, or its order still does not exist
   */
  public Outcome applyOrphan(long webhookId, String by) {
    ReceivedWebhook raw =
        webhooks
            .find(webhookId)
            .filter(ReceivedWebhook::isOrphan)
            .orElseThrow(
                () ->
                    new OrderRefusedException(
                        Refusal.NOT_AN_ORPHAN, "no orphan webhook " + webhookId));
    WebhookContent content = reader.read(raw.body(), raw.receivedAt());
    Optional<Order> found = lockTarget(content.target());
    if (found.isEmpty()) {
      throw new OrderRefusedException(
          Refusal.ORDER_STILL_MISSING,
          "the order of webhook " + webhookId + " still does not exist");
    }
    Optional<String> mismatch = mismatch(found.get(), content.target());
    if (mismatch.isPresent()) {
      throw new OrderRefusedException(Refusal.OTHER_ASSET, mismatch.get());
    }
    return applyTo(found.get(), raw, content, "applied by " + by + " once its order existed");
  }

  /**
   * Applies what a webhook says to its (locked) order and settles the log entry. What cannot be
   * credited to the order (it has no gateway order yet, the report names another asset) is kept as
   * an orphan with the reason: stored, answered, and waiting for a person, never thrown away.
   */
  private Outcome applyTo(Order order, ReceivedWebhook raw, WebhookContent content, String note) {
    if (content instanceof WebhookContent.Ignored ignored) {
      raw.settle(Outcome.IGNORED, ignored.because(), order.publicId().value());
      return Outcome.IGNORED;
    }
    if (content instanceof WebhookContent.HeldAsRisky risky) {
      return holdRisky(order, raw, risky);
    }
    WebhookContent.PaymentReported reported = (WebhookContent.PaymentReported) content;
    if (!order.status().hasGatewayOrder()) {
      raw.settle(
          Outcome.ORPHAN,
          "checkout "
              + order.publicId().value()
              + " is "
              + order.status()
              + " (no pay address was shown): not credited; look it up at CCPayment",
          order.publicId().value());
      return Outcome.ORPHAN;
    }
    Optional<String> notTheOrders = order.whyNotCredited(reported.asset());
    if (notTheOrders.isPresent()) {
      raw.settle(Outcome.ORPHAN, notTheOrders.get(), order.publicId().value());
      return Outcome.ORPHAN;
    }
    PaymentOutcome outcome =
        order.applyPayment(reported.report(), settings.tolerance(), clock.instant(), raw.id());
    announce(order, outcome);
    Outcome result = outcome.recorded() ? Outcome.APPLIED : Outcome.DUPLICATE;
    raw.settle(result, note, order.publicId().value());
    return result;
  }

  /**
   * A payment CCPayment flagged risky: not credited (CCPayment does not credit it either); the
   * order goes before a person once, the shop hears nothing.
   */
  private Outcome holdRisky(Order order, ReceivedWebhook raw, WebhookContent.HeldAsRisky risky) {
    PaymentReport report = risky.report();
    String mark = "record " + report.recordId() + " ";
    String reason =
        "CCPayment flagged payment "
            + mark
            + "("
            + (report.amount() == null ? "?" : report.amount().toPlainString())
            + " "
            + Optional.ofNullable(risky.asset().crypto()).orElse("")
            + ", tx "
            + report.txid()
            + RiskyPaymentService.FLAGGED
            + "not credited; credit it to this order or leave it (and refund it at"
            + " CCPayment, Transaction, Risky Transaction) under \"Payments CCPayment flagged as"
            + " risky\"";
    boolean flagged = flagOnce(order, mark, reason, EventSource.WEBHOOK, clock.instant());
    raw.settle(
        flagged ? Outcome.APPLIED : Outcome.DUPLICATE,
        "flagged risky by CCPayment: not credited, the order awaits review",
        order.publicId().value());
    return flagged ? Outcome.APPLIED : Outcome.DUPLICATE;
  }

  /**
   * A person credits a payment the gateway flagged risky ({@code held}, as the gateway lists it
   * now): it counts from now as any confirmed payment does, the shop hears of what it changed, and
   * the decision goes on the timeline. Crediting it twice changes nothing the second time.
   *
   * @throws OrderRefusedException {@code UNKNOWN_ORDER}; {@code NOT_HELD} when the order already
   *     has the record; {@code OTHER_ASSET} when the record is in another asset than the order's
   */
  public CheckoutView acceptRisky(CheckoutId id, HeldPayment held, String by) {
    Order order =
        orders
            .lock(id)
            .orElseThrow(
                () -> new OrderRefusedException(Refusal.UNKNOWN_ORDER, "no checkout " + id));
    if (order.payments().stream()
        .anyMatch(p -> p.recordId().filter(held.recordId()::equals).isPresent())) {
      throw new OrderRefusedException(
          Refusal.NOT_HELD, "record " + held.recordId() + " is already on checkout " + id);
    }
    Optional<String> notTheOrders = order.whyNotCredited(held.asset());
    if (notTheOrders.isPresent()) {
      throw new OrderRefusedException(Refusal.OTHER_ASSET, notTheOrders.get());
    }
    Instant now = clock.instant();
    PaymentReport report =
        new PaymentReport(
            held.recordId(),
            held.txid(),
            PaymentStatus.SUCCESS,
            held.amount(),
            held.arrivedAt() == null ? now : held.arrivedAt(),
            EventSource.MERCHANT);
    PaymentOutcome outcome = order.applyPayment(report, settings.tolerance(), now, null);
    order.riskyPaymentDecided(
        by,
        held.recordId(),
        "credited payment record "
            + held.recordId()
            + " ("
            + held.amount().stripTrailingZeros().toPlainString()
            + " "
            + Optional.ofNullable(held.asset().crypto()).orElse("")
            + ") that CCPayment flagged risky",
        now);
    announce(order, outcome);
    return CheckoutView.of(order);
  }

  private Optional<Order> lockTarget(WebhookTarget target) {
    return Optional.ofNullable(target.gatewayMerchantOrderId())
        .flatMap(orders::lockByGatewayMerchantOrderId)
        .or(
            () ->
                Optional.ofNullable(target.gatewayOrderId()).flatMap(orders::lockByGatewayOrderId));
  }

  /** Keeps a webhook that failed verification: it changes nothing else. */
  public void recordRejected(ReceivedWebhook raw) {
    webhooks.add(raw);
  }

  /**
   * Applies the payments the gateway's order query lists (they carry txids, not record ids).
   *
   * @return the checkout as it now stands, if it exists
   */
  public Optional<CheckoutView> applyGatewayState(
      CheckoutId id, List<GatewayTrade> trades, Instant now) {
    return applyGatewayState(id, trades, now, Optional.empty());
  }

  /** As above, for a "check now" that someone asked for: it goes on the timeline first. */
  public Optional<CheckoutView> applyGatewayState(
      CheckoutId id, List<GatewayTrade> trades, Instant now, Optional<Actor> askedBy) {
    Optional<Order> found = orders.lock(id);
    found.ifPresent(
        order -> {
          askedBy.ifPresent(a -> order.checkedAtGateway(a.source(), a.name(), now));
          applyTrades(order, trades, now);
        });
    return found.map(CheckoutView::of);
  }

  /**
   * Expires the orders of a sweep's page that are still due, in one transaction: they are locked in
   * one statement (in row order, so two sweeps at once wait for each other rather than deadlock),
   * each is first given the payments the gateway lists for it ({@link #applyGatewayState}'s rule),
   * then expired if still due; of two runs at once exactly one expires an order.
   *
   * @param trades what the gateway lists, by order
   * @return how many this call expired
   */
  public int expireAllIfStillDue(
      Map<CheckoutId, List<GatewayTrade>> trades, Instant now, Duration grace) {
    java.util.Set<CheckoutId> listed = new java.util.HashSet<>();
    trades.forEach(
        (id, listedTrades) -> {
          if (!listedTrades.isEmpty()) {
            listed.add(id);
          }
        });
    // every order of the page locked once, by one statement in row order; the few the gateway
    // lists payments for stay tracked, to be applied and decided one by one, as a webhook is
    List<Order> locked = dueOrders.lockPage(trades.keySet(), listed);
    int expired = 0;
    for (Order order : locked) {
      if (!listed.contains(order.publicId())) {
        continue;
      }
      applyTrades(order, trades.get(order.publicId()), now);
      var before = order.status();
      if (order.expire(now, grace, EventSource.TIMER, clock.instant())) {
        statusChanged.fire(
            new OrderStatusChanged(order.publicId(), before, order.status(), now, order));
        expired++;
      }
    }
    // the rest, nothing paid for them that the gateway knows of: expired and stored all at once
    List<Order> ended = new ArrayList<>();
    List<OrderStatusChanged> changes = new ArrayList<>();
    for (Order order : locked) {
      var before = order.status();
      if (!listed.contains(order.publicId())
          && order.expire(now, grace, EventSource.TIMER, clock.instant())) {
        ended.add(order);
        changes.add(new OrderStatusChanged(order.publicId(), before, order.status(), now, order));
      }
    }
    dueOrders.storeExpiries(ended);
    changes.forEach(statusChanged::fire);
    return expired + ended.size();
  }

  private void applyTrades(Order order, List<GatewayTrade> trades, Instant now) {
    for (GatewayTrade trade : trades) {
      if (trade.txid() == null
          || trade.txid().isBlank()
          || trade.amount() == null
          || trade.amount().signum() <= 0) {
        continue;
      }
      if (PaymentReport.INTERNAL_TRANSFER.equalsIgnoreCase(trade.txid().trim())) {
        // keyed by record id, which bill/info does not give: only its webhook can apply it
        continue;
      }
      Optional<String> notTheOrders = order.whyNotCredited(trade.asset());
      if (notTheOrders.isPresent()) {
        flagOnce(order, trade, notTheOrders.get(), now);
        continue;
      }
      PaymentReport report =
          new PaymentReport(
              null,
              trade.txid(),
              PaymentStatus.SUCCESS,
              trade.amount(),
              trade.paidAt() == null ? now : trade.paidAt(),
              EventSource.RECONCILIATION);
      announce(order, order.applyPayment(report, settings.tolerance(), now, null));
    }
  }

  /**
   * A trade the gateway lists for the order in another asset: not credited, and put before a person
   * once (reconciliation asks again every run; the timeline says it was seen).
   */
  private void flagOnce(Order order, GatewayTrade trade, String why, Instant now) {
    String txid = PaymentReport.canonicalTxid(trade.txid());
    String mark = "tx " + txid + " ";
    String reason = "bill/info lists " + mark + "of " + trade.amount().toPlainString() + ": " + why;
    flagOnce(order, mark, reason, EventSource.RECONCILIATION, now);
  }

  /**
   * Puts the order before a person for {@code reason} unless a waiting reason or an earlier flag on
   * its timeline already holds {@code mark}; whether it did now.
   */
  private boolean flagOnce(
      Order order, String mark, String reason, EventSource source, Instant now) {
    boolean seen =
        order.review().map(ReviewFlag::reason).filter(r -> r.contains(mark)).isPresent()
            || queries.timeline(order.publicId()).stream()
                .anyMatch(
                    e ->
                        e.kind() == TimelineEntry.Kind.REVIEW_FLAGGED
                            && e.detail() != null
                            && e.detail().contains(mark));
    if (!seen) {
      order.flagForReview(reason, source, now);
    }
    return !seen;
  }

  private void announce(Order order, PaymentOutcome outcome) {
    if (outcome.statusChanged()) {
      statusChanged.fire(
          new OrderStatusChanged(
              order.publicId(), outcome.from(), outcome.to(), clock.instant(), order));
    }
    if (outcome.latePartPayment()) {
      latePayments.fire(new LatePaymentReceived(order, outcome.credited(), clock.instant()));
    }
  }
}
