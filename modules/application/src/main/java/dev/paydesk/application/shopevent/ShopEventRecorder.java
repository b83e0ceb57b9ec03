package dev.paydesk.application.shopevent;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.PaymentView;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an event for the shop into the outbox when a checkout's status changes, in the same
 * transaction as the change: if the change commits, so does its event; if it rolls back, neither
 * exists.
 */
@ApplicationScoped
public class ShopEventRecorder {

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

  @Inject OrderRepository orders;

  @Inject
  @ConfigProperty(name = "paydesk.public-url")
  String publicUrl;

  void record(@Observes OrderStatusChanged change) {
    String type = TYPES.get(change.to());
    if (type == null || !settings.enabled()) {
      return;
    }
    Optional<CheckoutView> checkout =
        orders.findByPublicId(change.checkoutId()).map(CheckoutView::of);
    if (checkout.isEmpty()) {
      return;
    }
    String eventId = ShopEvent.newEventId();
    String payload = payload(eventId, type, change.at(), checkout.get());
    for (String endpoint : settings.endpoints()) {
      outbox.add(
          ShopEvent.of(eventId, change.checkoutId().value(), endpoint, type, payload, change.at()));
    }
  }

  /** The event's body: its id, type and time, and the checkout as the shop API shows it. */
  String payload(String eventId, String type, Instant at, CheckoutView c) {
    JsonObjectBuilder checkout =
        Json.createObjectBuilder()
            .add("id", c.id())
            .add("status", c.status().name())
            .add("merchantOrderId", c.merchantOrderId())
            .add("price", c.price().toPlainString())
            .add("currency", c.currency())
            .add("tokenId", c.tokenId())
            .add("statusUrl", publicUrl + "/api/v1/checkouts/" + c.id());
    optional(checkout, "cryptoAmount", plain(c.cryptoAmount()));
    optional(checkout, "amountPaid", plain(c.amountPaid()));
    optional(checkout, "amountRemaining", plain(c.amountRemaining()));
    optional(checkout, "crypto", c.crypto());
    optional(checkout, "network", c.network());
    optional(checkout, "payAddress", c.payAddress());
    optional(checkout, "memo", c.memo());
    optional(checkout, "ccpaymentOrderId", c.gatewayOrderId());
    optional(checkout, "createdAt", c.createdAt().toString());
    optional(checkout, "updatedAt", c.updatedAt().toString());
    optional(checkout, "expiresAt", c.expiresAt() == null ? null : c.expiresAt().toString());
    JsonArrayBuilder payments = Json.createArrayBuilder();
    for (PaymentView p : c.payments()) {
      JsonObjectBuilder payment = Json.createObjectBuilder().add("status", p.status().name());
      optional(payment, "recordId", p.recordId());
      optional(payment, "txid", p.txid());
      optional(payment, "amount", plain(p.amount()));
      payments.add(payment);
    }
    checkout.add("payments", payments);
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", type)
        .add("createdAt", at.toString())
        .add("data", Json.createObjectBuilder().add("checkout", checkout))
        .build()
        .toString();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }
}
