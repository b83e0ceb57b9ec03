package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.NotificationTarget;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An API Deposit notification read tolerantly: unknown fields are ignored, amounts are exact
 * decimals from strings or numbers, and the older field names ({@code origin_amount}) are
 * understood.
 */
final class DepositNotification {

  private final JsonObject body;

  private DepositNotification(JsonObject body) {
    this.body = body;
  }

  static DepositNotification of(JsonObject body) {
    return new DepositNotification(body);
  }

  String recordId() {
    return text("record_id").orElse(null);
  }

  String payStatus() {
    return text("pay_status").orElse(null);
  }

  NotificationTarget target() {
    String merchantOrderId =
        body.get("extend") instanceof JsonObject extend
            ? text(extend, "merchant_order_id").orElse(null)
            : null;
    return new NotificationTarget(
        merchantOrderId != null ? merchantOrderId : text("merchant_order_id").orElse(null),
        text("order_id").orElse(null));
  }

  /** Why Paydesk does not act on it, or empty when it does. */
  Optional<String> notActionable() {
    Optional<String> type = text("order_type");
    if (type.isPresent()) {
      String normalized = type.get().replace(" ", "").toLowerCase();
      if (!normalized.equals("apideposit") && !normalized.equals("api")) {
        return Optional.of("order_type " + type.get() + " is not a checkout payment");
      }
    }
    if (PaymentStatus.fromGateway(payStatus()).isEmpty()) {
      return Optional.of("unknown pay_status " + payStatus());
    }
    return Optional.empty();
  }

  /**
   * @throws IllegalArgumentException when it names no usable transaction (no record id nor txid,
   *     success without amount)
   */
  PaymentReport report(Instant receivedAt) {
    BigDecimal amount = decimal("paid_amount").or(() -> decimal("origin_amount")).orElse(null);
    return new PaymentReport(
        recordId(),
        text("txid").orElse(null),
        PaymentStatus.fromGateway(payStatus()).orElseThrow(),
        amount,
        receivedAt,
        EventSource.WEBHOOK);
  }

  private Optional<String> text(String field) {
    return text(body, field);
  }

  private static Optional<String> text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value instanceof JsonString s && !s.getString().isBlank()) {
      return Optional.of(s.getString().trim());
    }
    if (value instanceof JsonNumber n) {
      return Optional.of(n.toString());
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> decimal(String field) {
    JsonValue value = body.get(field);
    try {
      if (value instanceof JsonNumber n) {
        return Optional.of(n.bigDecimalValue());
      }
      if (value instanceof JsonString s && !s.getString().isBlank()) {
        return Optional.of(new BigDecimal(s.getString().trim()));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not a number");
    }
    return Optional.empty();
  }
}
