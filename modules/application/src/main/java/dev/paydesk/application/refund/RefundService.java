package dev.paydesk.application.refund;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.PayInstructions;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundBook;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import dev.paydesk.domain.refund.RefundRepository;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.refund.WithdrawalGateway.Withdrawal;
import dev.paydesk.domain.refund.WithdrawalGateway.WithdrawalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Asking for a refund and the steps before it is sent. Every step locks the order first: two
 * refunds asked at once, on one instance or two, are judged one after the other against what is
 * still refundable, so together they never take more than was credited. Each step goes on the
 * order's timeline with who took it, and each change of state is a {@link RefundChanged} (the
 * shop's {@code checkout.refund_*} event) in the same transaction. The gateway is never called
 * here: {@link RefundFlow} calls it between these steps, so no order stays locked while CCPayment
 * thinks.
 */
@ApplicationScoped
@Transactional
public class RefundService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<OrderStatus> LATE =
      EnumSet.of(OrderStatus.PAID_LATE, OrderStatus.EXPIRED_UNDERPAID);

  private OrderRepository orders;
  private RefundRepository refunds;
  private RefundSettings settings;
  private Event<RefundChanged> changed;
  private Clock clock;

  protected RefundService() {
    // for CDI proxies
  }

  @Inject
  public RefundService(
      OrderRepository orders,
      RefundRepository refunds,
      RefundSettings settings,
      Event<RefundChanged> changed,
      Clock clock) {
    this.orders = orders;
    this.refunds = refunds;
    this.settings = settings;
    this.changed = changed;
    this.clock = clock;
  }

  /**
   * @param to where the money goes, or null for the buyer to say (by the refund link)
   * @throws RefundRefusedException an amount over what is refundable for this reason, a reason the
   *     order's state does not have, a destination on another chain
   * @throws OrderRefusedException no such checkout
   */
  public Refund ask(
      CheckoutId checkout,
      BigDecimal amount,
      Refund.Reason reason,
      RefundDestination to,
      EventSource source,
      String by) {
    return ask(checkout, amount, reason, to, FeeQuote.Payer.MERCHANT, source, by);
  }

  public Refund ask(
      CheckoutId checkout,
      BigDecimal amount,
      Refund.Reason reason,
      RefundDestination to,
      FeeQuote.Payer feePayer,
      EventSource source,
      String by) {
    return ask(new RefundRequest(checkout, amount, reason, to, feePayer, null), source, by);
  }

  /**
   * Asks for a refund; the same Idempotency-Key again gives the refund it asked for first.
   *
   * @throws IdempotencyKeyReusedException the key asked for another amount or reason
   */
  public Refund ask(RefundRequest request, EventSource source, String by) {
    CheckoutId checkout = request.checkout();
    BigDecimal amount = request.amount();
    Refund.Reason reason = request.reason();
    RefundDestination to = request.to();
    FeeQuote.Payer feePayer = request.feePayer();
    Order order = lock(checkout);
    PayInstructions pay =
        order
            .payInstructions()
            .orElseThrow(() -> wrongState("the order has no pay address: nothing was paid to it"));
    List<Refund> before = refunds.ofCheckout(checkout.value());
    if (request.idempotencyKey() != null) {
      java.util.Optional<Refund> earlier =
          before.stream()
              .filter(r -> r.idempotencyKey().filter(request.idempotencyKey()::equals).isPresent())
              .findFirst();
      if (earlier.isPresent()) {
        Refund first = earlier.get();
        if (amount == null || first.amount().compareTo(amount) != 0 || first.reason() != reason) {
          throw new dev.paydesk.application.checkout.IdempotencyKeyReusedException(
              request.idempotencyKey(),
              "refund "
                  + first.id()
                  + " of "
                  + first.amount().toPlainString()
                  + " "
                  + first.coinSymbol()
                  + " ("
                  + first.reason()
                  + ")");
        }
        return first;
      }
    }
    if (amount == null) {
      throw new RefundRefusedException(Refusal.INVALID_AMOUNT, "an amount is required");
    }
    requireReason(order, pay, reason, amount, before);
    RefundBook.requireRefundable(
        amount, CheckoutTerms.MAX_TOKEN_DECIMALS, order.amountPaid(), before);
    Refund refund =
        Refund.ask(
            newId(),
            checkout.value(),
            pay.crypto(),
            pay.chain().orElse(pay.network()),
            amount,
            reason,
            by,
            clock.instant(),
            RefundBook.needsApproval(worth(order, pay, amount), settings.approvalAbove()),
            to);
    refund.feePaidBy(feePayer);
    if (request.idempotencyKey() != null) {
      refund.keyedBy(request.idempotencyKey());
    }
    refunds.add(refund);
    order.refundStep(
        source,
        by,
        refund.id(),
        "refund of "
            + refund.amount().toPlainString()
            + " "
            + refund.coinSymbol()
            + " asked ("
            + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + "), "
            + refund.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  /** The buyer or the merchant says where the money goes (checked with the gateway before this). */
  public Refund giveDestination(
      String refundId, RefundDestination to, EventSource source, String by) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    refund.destinationGiven(to);
    order.refundStep(source, by, refund.id(), "destination given", clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  /**
   * @param mayApprove whether {@code by} is an ADMIN
   * @throws RefundRefusedException the asker, not an ADMIN, or nothing to approve
   */
  public Refund approve(String refundId, String by, boolean mayApprove) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    refund.approve(by, mayApprove);
    order.refundStep(EventSource.MERCHANT, by, refund.id(), "approved", clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  /** Gives up a refund before money left; its amount is refundable again. */
  public Refund cancel(String refundId, EventSource source, String by) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    refund.cancel();
    order.refundStep(source, by, refund.id(), "cancelled", clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  /**
   * A new link for the buyer to give where the money goes, replacing any earlier one (the token is
   * returned here only; Paydesk keeps its digest).
   *
   * @return the token, for {@code <public-url>/pay/<checkout>/refund/<token>}
   */
  public BuyerLink newBuyerLink(String refundId, EventSource source, String by) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    java.time.Instant until = clock.instant().plus(settings.linkValid());
    refund.linkIssued(digest(token), until);
    order.refundStep(
        source,
        by,
        refund.id(),
        "a link for the buyer to give their address, open until " + until,
        clock.instant());
    return new BuyerLink(refund.checkoutId(), token, until);
  }

  /**
   * A link for the buyer: its token and until when it opens.
   *
   * @param token goes into the link's path; only its digest is kept
   */
  public record BuyerLink(String checkoutId, String token, java.time.Instant expiresAt) {

    /** The buyer's page for it, under {@code publicUrl} ({@code paydesk.public-url}). */
    public String url(String publicUrl) {
      String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
      return base + "pay/" + checkoutId + "/refund/" + token;
    }
  }

  /** The refund a buyer's link opens now, if it does: its checkout's, unused, not expired. */
  public java.util.Optional<RefundView> openLink(CheckoutId checkout, String token) {
    return opened(checkout, token).map(RefundView::of);
  }

  private java.util.Optional<Refund> opened(CheckoutId checkout, String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return java.util.Optional.empty();
    }
    return refunds
        .byLinkDigest(digest(token))
        .filter(r -> r.checkoutId().equals(checkout.value()))
        .filter(r -> r.linkOpens(digest(token), clock.instant()));
  }

  /**
   * The buyer gives the destination through their link; the link is used up.
   *
   * @throws RefundRefusedException the link does not open (used, replaced, expired), or the
   *     destination is not one
   */
  public Refund giveDestinationByLink(CheckoutId checkout, String token, RefundDestination to) {
    String refundId =
        opened(checkout, token)
            .map(Refund::id)
            .orElseThrow(() -> wrongState("this refund link is used, replaced or expired"));
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    if (!refund.linkOpens(digest(token), clock.instant())) {
      throw wrongState("this refund link is used, replaced or expired");
    }
    refund.destinationGiven(to);
    order.refundStep(
        EventSource.BUYER, null, refund.id(), "destination given by the buyer", clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  private static String digest(String token) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A failed refund becomes ready again, as its next attempt (a new withdrawal id). */
  public Refund retry(String refundId, EventSource source, String by) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    refund.retry();
    order.refundStep(
        source,
        by,
        refund.id(),
        "to be sent again (attempt " + refund.attempt() + ")",
        clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return refund;
  }

  /**
   * Marks a ready refund as being sent, and commits that before the gateway is asked: from here on
   * this attempt's withdrawal is asked for under one merchant order id only, and no other instance
   * sends it (the order's lock orders them; the second finds it no longer ready).
   *
   * @param fee the gateway's quote, null for a Cwallet transfer (no network fee)
   * @return the withdrawal to ask the gateway for
   * @throws RefundRefusedException not ready (sent already, waiting for approval or an address)
   */
  public Withdrawal startSending(String refundId, FeeQuote fee, EventSource source, String by) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    if (fee != null) {
      refund.feeQuoted(fee, refund.feePayer());
    }
    refund.sending();
    order.refundStep(
        source,
        by,
        refund.id(),
        "sending "
            + refund.amountToSend().stripTrailingZeros().toPlainString()
            + " "
            + refund.coinSymbol()
            + fee(refund)
            + " (withdrawal "
            + refund.withdrawalOrderId()
            + ")",
        clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return withdrawal(refund);
  }

  /** The withdrawal of the refund's current attempt, as it was (or is to be) asked for. */
  public static Withdrawal withdrawal(Refund refund) {
    return new Withdrawal(
        refund.withdrawalOrderId(),
        refund.coinSymbol(),
        refund.chain(),
        refund.destination().orElseThrow(),
        refund.amount(),
        refund.feePayer() == FeeQuote.Payer.MERCHANT,
        refund.fee().map(FeeQuote::quoteId).orElse(null));
  }

  private static String fee(Refund refund) {
    return refund
        .fee()
        .filter(f -> f.amount().signum() > 0)
        .map(
            f ->
                ", network fee "
                    + f.amount().stripTrailingZeros().toPlainString()
                    + " "
                    + f.coinSymbol()
                    + (refund.feePayer() == FeeQuote.Payer.MERCHANT
                        ? " paid by the merchant"
                        : " paid from the refund"))
        .orElse("");
  }

  /**
   * What the gateway says of this attempt's withdrawal: taken, sent, or failed. News of another
   * attempt, or news already known, changes nothing.
   *
   * @return whether the refund changed
   */
  public boolean gatewaySays(
      String refundId, int attempt, WithdrawalRecord record, EventSource source) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    if (refund.attempt() != attempt
        || !EnumSet.of(RefundStatus.SENDING, RefundStatus.PROCESSING).contains(refund.status())) {
      return false;
    }
    String text;
    switch (record.outcome()) {
      case PROCESSING -> {
        if (refund.status() == RefundStatus.PROCESSING) {
          return false;
        }
        refund.accepted(record.recordId());
        text = "CCPayment took the withdrawal (record " + record.recordId() + ")";
      }
      case SUCCEEDED -> {
        refund.succeeded(record.recordId(), record.txId());
        text =
            "sent: "
                + refund.amountToSend().stripTrailingZeros().toPlainString()
                + " "
                + refund.coinSymbol()
                + (record.txId() == null ? "" : ", transaction " + record.txId());
      }
      case FAILED -> {
        refund.failed(record.reason());
        text = "failed at CCPayment: " + refund.failure().orElse("");
      }
      default -> throw new IllegalStateException(record.outcome().name());
    }
    order.refundStep(source, null, refund.id(), text, clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return true;
  }

  /**
   * The gateway refused this attempt's withdrawal: nothing was sent. The refund fails with the
   * gateway's words, to be retried (a balance topped up) or cancelled.
   */
  public boolean gatewayRefused(String refundId, int attempt, String why, EventSource source) {
    Order order = lockOrderOf(refundId);
    Refund refund = refund(refundId);
    if (refund.attempt() != attempt || refund.status() != RefundStatus.SENDING) {
      return false;
    }
    refund.failed(why);
    order.refundStep(source, null, refund.id(), "refused by CCPayment: " + why, clock.instant());
    changed.fire(new RefundChanged(order, refund, clock.instant()));
    return true;
  }

  /** A refund by its id. */
  public java.util.Optional<Refund> find(String refundId) {
    return refunds.find(refundId);
  }

  /** A checkout's refunds, oldest first. */
  public List<Refund> ofCheckout(CheckoutId checkout) {
    return refunds.ofCheckout(checkout.value());
  }

  /**
   * The console's Refunds page: those waiting for someone first (failed, awaiting approval,
   * awaiting an address), then those on their way, then the latest ended ones.
   */
  public List<RefundView> forConsole(int limit) {
    java.util.Comparator<Refund> attention =
        java.util.Comparator.comparingInt((Refund r) -> ATTENTION.indexOf(r.status()));
    java.util.List<RefundView> rows = new java.util.ArrayList<>();
    refunds.open(limit).stream()
        .sorted(attention.thenComparing(Refund::requestedAt))
        .map(RefundView::of)
        .forEach(rows::add);
    refunds.ended(Math.max(0, limit - rows.size())).stream().map(RefundView::of).forEach(rows::add);
    return rows;
  }

  private static final List<RefundStatus> ATTENTION =
      List.of(
          RefundStatus.FAILED,
          RefundStatus.AWAITING_APPROVAL,
          RefundStatus.AWAITING_ADDRESS,
          RefundStatus.READY,
          RefundStatus.SENDING,
          RefundStatus.PROCESSING,
          RefundStatus.SUCCEEDED,
          RefundStatus.CANCELLED);

  /** How many refunds wait for someone (the dashboard's queue). */
  public long countWaiting() {
    return refunds.countWaiting();
  }

  /** Refunds whose withdrawal is out and not final yet. */
  public List<Refund> inFlight(int limit) {
    return refunds.inFlight(limit);
  }

  /** What of the overpaid part no refund holds (zero, or less, when nothing is left). */
  private static BigDecimal overpaidLeft(Order order, PayInstructions pay, List<Refund> before) {
    BigDecimal over = order.amountPaid().subtract(pay.cryptoAmount());
    // what other refunds of the overpaid part hold is not overpaid any more
    for (Refund other : before) {
      if (other.reason() == Refund.Reason.OVERPAYMENT && other.status().reservesMoney()) {
        over = over.subtract(other.amount());
      }
    }
    return over;
  }

  /** What of the overpaid part of a checkout no refund holds yet; zero when not overpaid. */
  public BigDecimal overpaidLeft(CheckoutId checkout) {
    Order order =
        orders
            .findByPublicId(checkout)
            .orElseThrow(
                () ->
                    new OrderRefusedException(
                        OrderRefusedException.Refusal.UNKNOWN_ORDER, "no order"));
    return order
        .payInstructions()
        .map(pay -> overpaidLeft(order, pay, refunds.ofCheckout(checkout.value())))
        .filter(left -> left.signum() > 0)
        .orElse(BigDecimal.ZERO);
  }

  /** What of the checkout's money can still be refunded. */
  public BigDecimal refundable(CheckoutId checkout) {
    Order order =
        orders
            .findByPublicId(checkout)
            .orElseThrow(
                () ->
                    new OrderRefusedException(
                        OrderRefusedException.Refusal.UNKNOWN_ORDER, "no order"));
    return RefundBook.refundable(order.amountPaid(), refunds.ofCheckout(checkout.value()));
  }

  private static void requireReason(
      Order order,
      PayInstructions pay,
      Refund.Reason reason,
      BigDecimal amount,
      List<Refund> before) {
    OrderStatus status = order.status();
    switch (reason) {
      case OVERPAYMENT -> {
        if (order.amountPaid().compareTo(pay.cryptoAmount()) <= 0) {
          throw wrongState("the order was not overpaid");
        }
        BigDecimal over = overpaidLeft(order, pay, before);
        if (amount.compareTo(over) > 0) {
          throw new RefundRefusedException(
              Refusal.MORE_THAN_REFUNDABLE,
              "what is left of the overpaid part is "
                  + over.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
        }
      }
      case LATE_PAYMENT -> {
        if (!LATE.contains(status)) {
          throw wrongState("no payment came late to this order (it is " + status + ")");
        }
      }
      case CANCELLED_ORDER -> {
        if (status != OrderStatus.CANCELLED) {
          throw wrongState("the order is not cancelled (it is " + status + ")");
        }
      }
      case FULL_REFUND -> {
        if (!OrderStatus.PAID_STATUSES.contains(status)) {
          throw wrongState("only a paid order is refunded in full (it is " + status + ")");
        }
      }
    }
  }

  /** The refund's worth in the order's pricing currency, at the order's own rate. */
  private static BigDecimal worth(Order order, PayInstructions pay, BigDecimal amount) {
    if (CheckoutTerms.TOKEN.equals(order.terms().currency()) || pay.cryptoAmount().signum() == 0) {
      return amount;
    }
    return amount
        .multiply(order.terms().price())
        .divide(pay.cryptoAmount(), 2, RoundingMode.HALF_UP);
  }

  private Order lock(CheckoutId id) {
    return orders
        .lock(id)
        .orElseThrow(
            () ->
                new OrderRefusedException(
                    OrderRefusedException.Refusal.UNKNOWN_ORDER, "no order " + id.value()));
  }

  /** Locks the order a refund belongs to (before the refund is read, so it is read as locked). */
  private Order lockOrderOf(String refundId) {
    return lock(
        new CheckoutId(
            refunds.checkoutOf(refundId).orElseThrow(() -> wrongState("no refund " + refundId))));
  }

  private Refund refund(String id) {
    return refunds.find(id).orElseThrow(() -> wrongState("no refund " + id));
  }

  private static RefundRefusedException wrongState(String why) {
    return new RefundRefusedException(Refusal.WRONG_STATE, why);
  }

  private static String newId() {
    byte[] random = new byte[15];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
