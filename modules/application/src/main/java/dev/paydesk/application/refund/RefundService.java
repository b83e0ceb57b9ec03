package dev.paydesk.application.refund;

import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.PayInstructions;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundBook;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import dev.paydesk.domain.refund.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
 * order's timeline with who took it. (Sending through the gateway's withdrawal API comes next.)
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
  private Clock clock;

  protected RefundService() {
    // for CDI proxies
  }

  @Inject
  public RefundService(
      OrderRepository orders, RefundRepository refunds, RefundSettings settings, Clock clock) {
    this.orders = orders;
    this.refunds = refunds;
    this.settings = settings;
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
    Order order = lock(checkout);
    PayInstructions pay =
        order
            .payInstructions()
            .orElseThrow(() -> wrongState("the order has no pay address: nothing was paid to it"));
    List<Refund> before = refunds.ofCheckout(checkout.value());
    requireReason(order, pay, reason, amount);
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
    return refund;
  }

  /** The buyer or the merchant says where the money goes (checked with the gateway before this). */
  public Refund giveDestination(
      String refundId, RefundDestination to, EventSource source, String by) {
    Refund refund = refund(refundId);
    Order order = lock(new CheckoutId(refund.checkoutId()));
    refund.destinationGiven(to);
    order.refundStep(source, by, refund.id(), "destination given", clock.instant());
    return refund;
  }

  /**
   * @param mayApprove whether {@code by} is an ADMIN
   * @throws RefundRefusedException the asker, not an ADMIN, or nothing to approve
   */
  public Refund approve(String refundId, String by, boolean mayApprove) {
    Refund refund = refund(refundId);
    Order order = lock(new CheckoutId(refund.checkoutId()));
    refund.approve(by, mayApprove);
    order.refundStep(EventSource.MERCHANT, by, refund.id(), "approved", clock.instant());
    return refund;
  }

  /** Gives up a refund before money left; its amount is refundable again. */
  public Refund cancel(String refundId, EventSource source, String by) {
    Refund refund = refund(refundId);
    Order order = lock(new CheckoutId(refund.checkoutId()));
    refund.cancel();
    order.refundStep(source, by, refund.id(), "cancelled", clock.instant());
    return refund;
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
      Order order, PayInstructions pay, Refund.Reason reason, BigDecimal amount) {
    OrderStatus status = order.status();
    switch (reason) {
      case OVERPAYMENT -> {
        BigDecimal over = order.amountPaid().subtract(pay.cryptoAmount());
        if (over.signum() <= 0) {
          throw wrongState("the order was not overpaid");
        }
        if (amount.compareTo(over) > 0) {
          throw new RefundRefusedException(
              Refusal.MORE_THAN_REFUNDABLE,
              "the overpaid part is " + over.stripTrailingZeros().toPlainString());
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
