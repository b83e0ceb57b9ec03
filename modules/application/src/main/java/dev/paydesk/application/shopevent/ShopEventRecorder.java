package dev.paydesk.application.shopevent;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.payment.LatePaymentReceived;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.refund.RefundJson;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes an event for the shop into the outbox when a checkout's status changes, in the same
 * transaction as the change: if the change commits, so does its event; if it rolls back, neither
 * exists.
 */
@ApplicationScoped
public class ShopEventRecorder {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  static final Map<OrderStatus, String> TYPES =
      Map.of(
          OrderStatus.PAYMENT_DETECTED, "checkout.payment_detected",
          OrderStatus.PAID, "checkout.paid",
          OrderStatus.UNDERPAID, "checkout.underpaid",
          OrderStatus.OVERPAID, "checkout.overpaid",
          OrderStatus.EXPIRED, "checkout.expired",
          OrderStatus.EXPIRED_UNDERPAID, "checkout.expired_underpaid",
          OrderStatus.PAID_LATE, "checkout.paid_late",
          OrderStatus.CANCELLED, "checkout.cancelled");

  @Inject ShopEventSettings settings;

  @Inject ShopEventOutbox outbox;

  @Inject CheckoutDocument checkoutDocument;

  @Inject GatewayMode mode;

  /**
   * Events are made now, whatever time the change says it is: a sweep run "as of" another time (the
   * sandbox's time travel) must not leave an event waiting until then, nor the events behind it.
   */
  @Inject Clock clock;

  /** Money after the end that does not cover the order: never one of the "paid" types. */
  static final String LATE_PAYMENT_RECEIVED = "checkout.late_payment_received";

  /** Every event type a shop can receive, as the published contract lists them. */
  public static SortedSet<String> eventTypes() {
    SortedSet<String> types = new TreeSet<>(TYPES.values());
    types.add(LATE_PAYMENT_RECEIVED);
    for (RefundStatus status : RefundStatus.values()) {
      types.add(RefundJson.eventType(status));
    }
    return types;
  }

  void record(@Observes OrderStatusChanged change) {
    String type = TYPES.get(change.to());
    if (type == null || !settings.enabled()) {
      return;
    }
    if (change.from().hasEnded() && change.to() != OrderStatus.PAID_LATE) {
      // an ended order that late money did not cover (EXPIRED -> EXPIRED_UNDERPAID): the shop
      // hears of it once, as checkout.late_payment_received
      return;
    }
    add(type, change.order(), clock.instant(), null);
  }

  void recordLate(@Observes LatePaymentReceived late) {
    if (!settings.enabled()) {
      return;
    }
    JsonObject payment =
        JSONP
            .createObjectBuilder()
            .add("amount", late.amount().stripTrailingZeros().toPlainString())
            .add("crypto", late.order().payInstructions().map(p -> p.crypto()).orElse(""))
            .build();
    add(LATE_PAYMENT_RECEIVED, late.order(), clock.instant(), payment);
  }

  /**
   * A refund asked for or changed ({@code checkout.refund_<state>}), with the refund as the shop
   * API shows it beside the checkout.
   */
  void recordRefund(@Observes dev.paydesk.application.refund.RefundChanged change) {
    if (!settings.enabled()) {
      return;
    }
    String type = RefundJson.eventType(change.status());
    addWith(
        type,
        change.order(),
        clock.instant(),
        "refund",
        dev.paydesk.application.refund.RefundJson.of(change.refund()));
  }

  private void add(String type, Order order, Instant at, JsonObject payment) {
    addWith(type, order, at, "payment", payment);
  }

  private void addWith(String type, Order order, Instant at, String what, JsonObject about) {
    CheckoutView checkout = CheckoutView.of(order);
    String eventId = ShopEvent.newEventId();
    String payload = payload(eventId, type, at, checkout, what, about);
    for (String endpoint : settings.endpoints()) {
      outbox.add(ShopEvent.of(eventId, order.publicId().value(), endpoint, type, payload, at));
    }
  }

  /** The event's body: its id, type and time, and the checkout as the shop API shows it. */
  String payload(String eventId, String type, Instant at, CheckoutView checkout) {
    return payload(eventId, type, at, checkout, null);
  }

  /**
   * @param payment the payment the event is about, when it is about one
   */
  String payload(
      String eventId, String type, Instant at, CheckoutView checkout, JsonObject payment) {
    return payload(eventId, type, at, checkout, "payment", payment);
  }

  /**
   * @param what the name of what the event is about beside the checkout ({@code payment}, {@code
   *     refund})
   */
  private String payload(
      String eventId,
      String type,
      Instant at,
      CheckoutView checkout,
      String what,
      JsonObject about) {
    JsonObject document =
        JSONP.createReader(new StringReader(checkoutDocument.json(checkout))).readObject();
    var data = JSONP.createObjectBuilder().add("checkout", document);
    if (about != null) {
      data.add(what, about);
    }
    return JSONP
        .createObjectBuilder()
        .add("id", eventId)
        .add("type", type)
        .add("createdAt", at.toString())
        .add("livemode", mode.isLive())
        .add("data", data)
        .build()
        .toString();
  }
}
