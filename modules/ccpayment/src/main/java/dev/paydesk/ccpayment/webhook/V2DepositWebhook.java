package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.application.payment.WebhookTarget;
import dev.paydesk.ccpayment.v2.wire.DepositRecord;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A CCPayment v2 webhook, {@code {"type", "msg": {…}}}, read tolerantly. An {@code ApiDeposit}
 * names a payment record and its order but carries no amount: it is a hint, and what is applied is
 * the record fetched from v2 ({@link #content}). Other types ({@code DirectDeposit}, withdrawals,
 * {@code ActivateWebhookURL} when the URL is saved) are acknowledged and not acted on.
 */
final class V2DepositWebhook {

  static final String API_DEPOSIT = "ApiDeposit";

  static final String API_WITHDRAWAL = "ApiWithdrawal";

  private final JsonObject body;
  private final JsonObject msg;

  private V2DepositWebhook(JsonObject body) {
    this.body = body;
    this.msg = body.get("msg") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
  }

  static V2DepositWebhook of(JsonObject body) {
    return new V2DepositWebhook(body);
  }

  String type() {
    return text(body, "type").orElse(null);
  }

  /** Whether it reports a payment into an order (an {@code ApiDeposit} with a record id). */
  boolean isDeposit() {
    return API_DEPOSIT.equalsIgnoreCase(Optional.ofNullable(type()).orElse(""))
        && recordId() != null;
  }

  /** Whether it reports a withdrawal of the merchant's (a refund's, when its order id is one). */
  boolean isWithdrawal() {
    return API_WITHDRAWAL.equalsIgnoreCase(Optional.ofNullable(type()).orElse(""))
        && target().gatewayMerchantOrderId() != null;
  }

  /** A withdrawal applies to no checkout's payments: the refund it belongs to reads its record. */
  WebhookContent withdrawal() {
    return new WebhookContent.Ignored(
        target(),
        "a withdrawal ("
            + status()
            + "): not a payment; the refund it belongs to follows its record at CCPayment");
  }

  String recordId() {
    return text(msg, "recordId").orElse(null);
  }

  String status() {
    return text(msg, "status").orElse(null);
  }

  WebhookTarget target() {
    return new WebhookTarget(text(msg, "orderId").orElse(null), null);
  }

  /** What it says without a record: nothing Paydesk acts on. */
  WebhookContent ignored() {
    return new WebhookContent.Ignored(
        target(), "type " + type() + " is not a payment into a checkout");
  }

  /**
   * The payment the fetched record reports, held when CCPayment flagged it risky (the webhook's
   * flag or the record's), or why there is none to apply: a record that is not the one named, an
   * unknown status, an unreadable amount.
   */
  WebhookContent content(DepositRecord record, Instant receivedAt) {
    WebhookTarget target = target();
    if (!recordId().equals(record.recordId())
        || (target.gatewayMerchantOrderId() != null
            && !target.gatewayMerchantOrderId().equals(record.orderId()))) {
      return new WebhookContent.Ignored(
          target,
          "CCPayment's record "
              + record.recordId()
              + " of order "
              + record.orderId()
              + " is not the one the webhook names");
    }
    Optional<PaymentStatus> status = status(record.status());
    if (status.isEmpty()) {
      return new WebhookContent.Ignored(target, "unknown record status " + record.status());
    }
    try {
      PaymentReport report =
          new PaymentReport(
              record.recordId(),
              record.txId(),
              status.get(),
              record.amount() == null || record.amount().isBlank()
                  ? null
                  : new BigDecimal(record.amount().trim()),
              record.arrivedAt() == null ? receivedAt : Instant.ofEpochSecond(record.arrivedAt()),
              EventSource.WEBHOOK);
      ReportedAsset asset =
          new ReportedAsset(record.coinSymbol(), record.chain(), record.contract(), null);
      boolean risky =
          Boolean.TRUE.equals(record.isFlaggedAsRisky())
              || msg.get("isFlaggedAsRisky") == JsonValue.TRUE;
      return risky && status.get() == PaymentStatus.SUCCESS
          ? new WebhookContent.HeldAsRisky(target, report, asset)
          : new WebhookContent.PaymentReported(target, report, asset);
    } catch (IllegalArgumentException e) {
      return new WebhookContent.Ignored(target, e.getMessage());
    }
  }

  /** v2's status words: {@code Processing}, {@code Success}, {@code Failed} (any case). */
  static Optional<PaymentStatus> status(String word) {
    return switch (word == null ? "" : word.trim().toLowerCase(Locale.ROOT)) {
      case "processing" -> Optional.of(PaymentStatus.PROCESSING);
      case "success" -> Optional.of(PaymentStatus.SUCCESS);
      case "failed" -> Optional.of(PaymentStatus.FAILED);
      default -> Optional.empty();
    };
  }

  private static Optional<String> text(JsonObject object, String field) {
    return DepositWebhook.text(object, field);
  }
}
