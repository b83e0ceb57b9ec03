package dev.paydesk.client.cdi;

import dev.paydesk.client.api.Checkout;
import dev.paydesk.client.api.Refund;
import dev.paydesk.client.event.ShopEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;

/**
 * A verified shop event, fired once per event id. Observe this type for every event, or a subtype
 * for one meaning: {@link CheckoutPaid}, {@link CheckoutUnderpaid}, {@link CheckoutExpired}, {@link
 * CheckoutCancelled}, {@link PaymentDetected}, {@link LatePaymentReceived}, {@link RefundChanged}.
 */
public class PaydeskEvent {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final ShopEvent event;

  PaydeskEvent(ShopEvent event) {
    this.event = event;
  }

  /** The event as verified: id, type, time, livemode and its raw data. */
  public ShopEvent event() {
    return event;
  }

  /** The same on every delivery of the event. */
  public String id() {
    return event.id();
  }

  /** {@code checkout.paid} … */
  public String type() {
    return event.type();
  }

  /** The checkout as it was when the event was made (the API's {@code GET} answers it now). */
  public Checkout checkout() {
    return JSONB.fromJson(event.checkout().toString(), Checkout.class);
  }

  /** The shop's own order id the checkout was made for. */
  public String merchantOrderId() {
    return event.checkout().getString("merchantOrderId");
  }

  /** False for anything made in sandbox (test) mode. */
  public boolean livemode() {
    return event.livemode();
  }

  /** The refund a {@code checkout.refund_*} event is about. */
  public Optional<Refund> refund() {
    return event.refund().map(r -> JSONB.fromJson(r.toString(), Refund.class));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id() + " " + type() + "]";
  }

  /** The CDI event for a verified shop event: the most specific type its meaning has. */
  static PaydeskEvent of(ShopEvent event) {
    String type = event.type();
    if (event.paid()) {
      return new CheckoutPaid(event);
    }
    if (type.startsWith("checkout.refund_")) {
      return new RefundChanged(event);
    }
    return switch (type) {
      case "checkout.underpaid" -> new CheckoutUnderpaid(event);
      case "checkout.expired", "checkout.expired_underpaid" -> new CheckoutExpired(event);
      case "checkout.cancelled" -> new CheckoutCancelled(event);
      case "checkout.payment_detected" -> new PaymentDetected(event);
      case "checkout.late_payment_received" -> new LatePaymentReceived(event);
      default -> new PaydeskEvent(event);
    };
  }
}
