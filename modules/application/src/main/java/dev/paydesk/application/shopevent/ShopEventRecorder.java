package dev.paydesk.application.shopevent;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

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

  void record(@Observes OrderStatusChanged change) {
    String type = TYPES.get(change.to());
    if (type == null || !settings.enabled()) {
      return;
    }
    CheckoutView checkout = CheckoutView.of(change.order());
    String eventId = ShopEvent.newEventId();
    String payload = payload(eventId, type, change.at(), checkout);
    for (String endpoint : settings.endpoints()) {
      outbox.add(
          ShopEvent.of(eventId, change.checkoutId().value(), endpoint, type, payload, change.at()));
    }
  }

  /** The event's body: its id, type and time, and the checkout as the shop API shows it. */
  String payload(String eventId, String type, Instant at, CheckoutView checkout) {
    JsonObject document =
        JSONP.createReader(new StringReader(checkoutDocument.json(checkout))).readObject();
    return JSONP
        .createObjectBuilder()
        .add("id", eventId)
        .add("type", type)
        .add("createdAt", at.toString())
        .add("data", JSONP.createObjectBuilder().add("checkout", document))
        .build()
        .toString();
  }
}
