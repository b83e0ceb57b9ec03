package dev.paydesk.client.event;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified shop event: {@code {"id", "type", "createdAt", "livemode", "data": {"checkout", …}}}.
 *
 * @param id the event's id: the same on every delivery of it, so the shop acts on it once
 * @param type {@code checkout.paid}, {@code checkout.refund_succeeded}, …
 * @param livemode false for anything made in sandbox (test) mode
 * @param data the checkout as the shop API shows it ({@code data.checkout}), and what the event is
 *     about beside it ({@code data.payment}, {@code data.refund})
 */
public record ShopEvent(
    String id, String type, Instant createdAt, boolean livemode, JsonObject data) {

  /** The checkout as {@code GET /api/v1/checkouts/{id}} answers it. */
  public JsonObject checkout() {
    return data.getJsonObject("checkout");
  }

  /** Whether the money now covers the order: only these three types say so. */
  public boolean paid() {
    return type.equals("checkout.paid")
        || type.equals("checkout.overpaid")
        || type.equals("checkout.paid_late");
  }

  /** The refund a {@code checkout.refund_*} event is about. */
  public Optional<JsonObject> refund() {
    return Optional.ofNullable(data.getJsonObject("refund"));
  }
}
