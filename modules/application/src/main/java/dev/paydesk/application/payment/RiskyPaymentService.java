package dev.paydesk.application.payment;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.order.PaymentView;
import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.HeldPayment;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Payments CCPayment confirmed but flagged as risky: credited to nobody until a person accepts (the
 * payment counts from then on) or leaves them (they stay at CCPayment, to be refunded there). Which
 * records are held is asked of CCPayment each time (it may lift a flag); which were decided is on
 * the order.
 */
@ApplicationScoped
public class RiskyPaymentService {

  /** A held payment as the console lists it, with what became of it. */
  public record HeldPaymentView(HeldPayment payment, Decision decision) {

    public boolean isUndecided() {
      return decision == Decision.UNDECIDED;
    }
  }

  /** What a person decided about a held payment. */
  public enum Decision {
    UNDECIDED,
    CREDITED,
    LEFT
  }

  /** How the review reason of a payment CCPayment flagged names it ({@link PaymentService}). */
  static final String FLAGGED = ") as risky: ";

  private PaymentGateway gateway;
  private OrderReadService reads;
  private PaymentService payments;
  private OrderActionService actions;

  protected RiskyPaymentService() {
    // for CDI proxies
  }

  @Inject
  public RiskyPaymentService(
      PaymentGateway gateway,
      OrderReadService reads,
      PaymentService payments,
      OrderActionService actions) {
    this.gateway = gateway;
    this.reads = reads;
    this.payments = payments;
    this.actions = actions;
  }

  /**
   * The order's payments CCPayment holds as risky (none for a v1 order).
   *
   * @throws dev.paydesk.domain.gateway.GatewayUnavailableException CCPayment could not be asked
   */
  public List<HeldPaymentView> held(CheckoutView checkout) {
    return held(checkout, reads.timeline(new CheckoutId(checkout.id())).orElse(List.of()));
  }

  /** As above, with the order's timeline the caller has read already (one query, not two). */
  public List<HeldPaymentView> held(CheckoutView checkout, List<TimelineEntryView> timeline) {
    if (!GatewayApi.V2.label().equals(checkout.gatewayApi()) || checkout.payAddress() == null) {
      return List.of();
    }
    return gateway.riskyPayments(GatewayApi.V2, checkout.gatewayMerchantOrderId()).stream()
        .map(h -> new HeldPaymentView(h, decision(h.recordId(), checkout, timeline)))
        .toList();
  }

  /**
   * Whether the timeline shows a payment CCPayment flagged risky, or a decision about one: only
   * then is CCPayment worth asking which it holds (not on every view of every order).
   */
  public static boolean mayHold(List<TimelineEntryView> timeline) {
    return timeline.stream()
        .anyMatch(
            e ->
                (e.kind() == TimelineEntry.Kind.REVIEW_FLAGGED
                        && e.detail() != null
                        && e.detail().contains(FLAGGED))
                    || (e.kind() == TimelineEntry.Kind.REVIEWED && e.recordId() != null));
  }

  private static Decision decision(
      String recordId, CheckoutView checkout, List<TimelineEntryView> timeline) {
    if (checkout.payments().stream().map(PaymentView::recordId).anyMatch(recordId::equals)) {
      return Decision.CREDITED;
    }
    boolean left =
        timeline.stream()
            .anyMatch(
                e -> e.kind() == TimelineEntry.Kind.REVIEWED && recordId.equals(e.recordId()));
    return left ? Decision.LEFT : Decision.UNDECIDED;
  }

  /**
   * Credits a held payment, as CCPayment lists it now.
   *
   * @throws OrderRefusedException {@code NOT_HELD}: CCPayment holds no such record for the order,
   *     or it was decided; see {@link PaymentService#acceptRisky}
   */
  public CheckoutView accept(CheckoutId id, String recordId, String by) {
    HeldPaymentView held = undecided(id, recordId);
    return payments.acceptRisky(id, held.payment(), by);
  }

  /**
   * Leaves a held payment uncredited, with the person's reason.
   *
   * @throws OrderRefusedException {@code NOT_HELD}, {@code INVALID_NOTE}
   */
  public CheckoutView leave(CheckoutId id, String recordId, String by, String note) {
    undecided(id, recordId);
    return actions.leaveRisky(id, recordId, by, note);
  }

  private HeldPaymentView undecided(CheckoutId id, String recordId) {
    CheckoutView checkout =
        reads
            .checkout(id)
            .orElseThrow(
                () -> new OrderRefusedException(Refusal.UNKNOWN_ORDER, "no checkout " + id));
    return held(checkout).stream()
        .filter(h -> Objects.equals(h.payment().recordId(), recordId))
        .filter(HeldPaymentView::isUndecided)
        .findFirst()
        .orElseThrow(
            () ->
                new OrderRefusedException(
                    Refusal.NOT_HELD, "record " + recordId + " is not held for " + id));
  }
}
