package dev.paydesk.domain.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * A notification as it reached Paydesk: its headers (no secrets), raw body and time, and what
 * became of it. Stored in the same transaction as its effect, so the log never claims an effect
 * that was lost.
 */
public class ReceivedNotification {

  /** What Paydesk made of it. */
  public enum Outcome {
    /** It changed an order (or its timeline). */
    APPLIED,
    /** It repeated what was already known: nothing changed. */
    DUPLICATE,
    /** It names no order Paydesk knows: kept for the merchant, acknowledged. */
    ORPHAN,
    /**
     * Verified, but not a payment Paydesk acts on (another order type, or no usable transaction).
     */
    IGNORED,
    /** Failed verification (signature, app id, timestamp, size) or unreadable: nothing changed. */
    REJECTED
  }

  private Long id;
  private Instant receivedAt;
  private Outcome outcome;
  private String reason;
  private String headers;
  private String body;
  private String recordId;
  private String payStatus;
  private String gatewayMerchantOrderId;
  private String orderPublicId;

  protected ReceivedNotification() {
    // for the persistence mapping
  }

  private ReceivedNotification(
      Instant receivedAt, String headers, String body, Outcome outcome, String reason) {
    this.receivedAt = receivedAt;
    this.headers = headers;
    this.body = body;
    this.outcome = outcome;
    this.reason = reason;
  }

  /** A notification that failed verification or parsing. */
  public static ReceivedNotification rejected(
      Instant receivedAt, String headers, String body, String reason) {
    return new ReceivedNotification(receivedAt, headers, body, Outcome.REJECTED, reason);
  }

  /** A verified notification, before its effect is known. */
  public static ReceivedNotification verified(
      Instant receivedAt,
      String headers,
      String body,
      String recordId,
      String payStatus,
      String gatewayMerchantOrderId) {
    ReceivedNotification n =
        new ReceivedNotification(receivedAt, headers, body, Outcome.IGNORED, null);
    n.recordId = recordId;
    n.payStatus = payStatus;
    n.gatewayMerchantOrderId = gatewayMerchantOrderId;
    return n;
  }

  public void settle(Outcome outcome, String reason, String orderPublicId) {
    this.outcome = outcome;
    this.reason = reason;
    this.orderPublicId = orderPublicId;
  }

  public Long id() {
    return id;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public String headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  public Optional<String> orderPublicId() {
    return Optional.ofNullable(orderPublicId);
  }
}
