package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.application.payment.WebhookTarget;
import dev.paydesk.ccpayment.PayStatusWords;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An API Deposit webhook read tolerantly: unknown fields are ignored, amounts are exact decimals
 * from strings or numbers, and the older field names ({@code origin_amount}) are understood. Its
 * {@code crypto}, {@code chain}, {@code contract} and {@code order_amount} are read so that a
 * report of another asset is never credited as the order's.
 */
final class DepositWebhook {

  private final JsonObject body;

  private DepositWebhook(JsonObject body) {
    this.body = body;
  }

  static DepositWebhook of(JsonObject body) {
    return new DepositWebhook(body);
  }

  String recordId() {
    return text("record_id").orElse(null);
  }

  String payStatus() {
    return text("pay_status").orElse(null);
  }

  WebhookTarget target() {
    String merchantOrderId =
        body.get("extend") instanceof JsonObject extend
            ? text(extend, "merchant_order_id").orElse(null)
            : null;
    return new WebhookTarget(
        merchantOrderId != null ? merchantOrderId : text("merchant_order_id").orElse(null),
        text("order_id").orElse(null));
  }

  /**
   * The payment it reports, or why it reports none Paydesk acts on (another order type, an unknown
   * status, no record id nor txid, a success without an amount).
   */
  WebhookContent read(Instant receivedAt) {
    WebhookTarget target = target();
    Optional<String> type = text("order_type");
    if (type.isPresent()) {
      String normalized = type.get().replace(" ", "").toLowerCase(Locale.ROOT);
      if (!normalized.equals("apideposit") && !normalized.equals("api")) {
        return ignored(target, "order_type " + type.get() + " is not a checkout payment");
      }
    }
    Optional<PaymentStatus> status = PayStatusWords.parse(payStatus());
    if (status.isEmpty()) {
      return ignored(target, "unknown pay_status " + payStatus());
    }
    try {
      BigDecimal amount = decimal("paid_amount").or(() -> decimal("origin_amount")).orElse(null);
      return new WebhookContent.PaymentReported(
          target,
          new PaymentReport(
              recordId(),
              text("txid").orElse(null),
              status.get(),
              amount,
              receivedAt,
              EventSource.WEBHOOK),
          new ReportedAsset(
              text("crypto").orElse(null),
              text("chain").orElse(null),
              text("contract").orElse(null),
              decimal("order_amount").orElse(null)));
    } catch (IllegalArgumentException e) {
      return ignored(target, e.getMessage());
    }
  }

  private static WebhookContent ignored(WebhookTarget target, String because) {
    return new WebhookContent.Ignored(target, because);
  }

  private Optional<String> text(String field) {
    return text(body, field);
  }

  /** A field as text: a non-blank string trimmed, or a number as written; else empty. */
  static Optional<String> text(JsonObject object, String field) {
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
