package dev.paydesk.application.payment;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.LostTransaction;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.PayInstructions;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "I already paid": asks CCPayment (v2's {@code rescanLostTransaction}) to look for a transaction a
 * buyer or the merchant names for an order, and puts the answer on the order's timeline. A found
 * transaction then arrives as any payment does (webhook, reconciliation). The buyer may ask {@value
 * #BUYER_LIMIT} times in {@link #BUYER_WINDOW} per order, counted on the timeline, so every
 * instance counts the same.
 */
@ApplicationScoped
public class RescanService {

  static final int BUYER_LIMIT = 3;
  static final Duration BUYER_WINDOW = Duration.ofMinutes(10);

  /** What chains write as transaction ids: hex, base58, with the odd separator. */
  private static final Pattern TXID = Pattern.compile("[A-Za-z0-9:_-]{8,128}");

  private OrderRepository orders;
  private PaymentGateway gateway;
  private OrderActionService actions;
  private OrderReadService reads;
  private Clock clock;

  protected RescanService() {
    // for CDI proxies
  }

  @Inject
  public RescanService(
      OrderRepository orders,
      PaymentGateway gateway,
      OrderActionService actions,
      OrderReadService reads,
      Clock clock) {
    this.orders = orders;
    this.reads = reads;
    this.gateway = gateway;
    this.actions = actions;
    this.clock = clock;
  }

  /** The statuses in which a buyer may ask: the order waits for money, or ended without it. */
  private static final Set<OrderStatus> BUYER_MAY_ASK =
      EnumSet.of(
          OrderStatus.AWAITING_PAYMENT,
          OrderStatus.UNDERPAID,
          OrderStatus.EXPIRED,
          OrderStatus.EXPIRED_UNDERPAID);

  /** Whether a rescan can be asked for this order: made with v2, with a pay address shown. */
  public static boolean offered(Order order) {
    return order.attempt().api() == GatewayApi.V2 && order.payInstructions().isPresent();
  }

  /** Whether the buyer may ask in this status (the merchant may in any). */
  public static boolean buyerMayAsk(OrderStatus status) {
    return BUYER_MAY_ASK.contains(status);
  }

  /**
   * @return CCPayment's answer, for the one who asked
   * @throws OrderRefusedException {@code INVALID_TXID}, {@code UNKNOWN_ORDER}, {@code NO_RESCAN} (a
   *     v1 order, or no pay address), {@code RESCAN_LIMIT} (the buyer, too often)
   * @throws dev.paydesk.domain.gateway.GatewayUnavailableException CCPayment could not be asked
   * @throws dev.paydesk.domain.gateway.GatewayRejectedException CCPayment refused
   */
  public String rescan(CheckoutId id, String txid, Actor actor) {
    String tx = txid == null ? "" : txid.strip();
    if (!TXID.matcher(tx).matches()) {
      throw new OrderRefusedException(Refusal.INVALID_TXID, "not a transaction id");
    }
    Order order =
        orders
            .findByPublicId(id)
            .orElseThrow(
                () -> new OrderRefusedException(Refusal.UNKNOWN_ORDER, "no checkout " + id));
    if (!offered(order)
        || order.payInstructions().flatMap(PayInstructions::chain).isEmpty()
        || (actor.source() == EventSource.BUYER && !buyerMayAsk(order.status()))) {
      throw new OrderRefusedException(Refusal.NO_RESCAN, "checkout " + id + " has no rescan");
    }
    Instant now = clock.instant();
    if (actor.source() == EventSource.BUYER
        && askedByBuyerSince(id, now.minus(BUYER_WINDOW)) >= BUYER_LIMIT) {
      throw new OrderRefusedException(
          Refusal.RESCAN_LIMIT, "checkout " + id + ": " + BUYER_LIMIT + " rescans already");
    }
    PayInstructions pay = order.payInstructions().orElseThrow();
    String answer =
        gateway.rescan(
            GatewayApi.V2,
            new LostTransaction(
                pay.chain().orElseThrow(), pay.payAddress(), pay.memo().orElse(null), tx));
    actions.rescanAsked(id, actor, tx, answer);
    return answer;
  }

  private long askedByBuyerSince(CheckoutId id, Instant since) {
    return reads.timeline(id).orElse(java.util.List.of()).stream()
        .filter(e -> e.kind() == TimelineEntry.Kind.CHECKED_AT_GATEWAY)
        .filter(e -> e.source() == EventSource.BUYER)
        .filter(e -> e.at().isAfter(since))
        .count();
  }
}
