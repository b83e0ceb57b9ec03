package dev.paydesk.domain.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * A webhook as it reached Paydesk: its headers (no secrets), raw body and time, and what became of
 * it. Stored in the same transaction as its effect, so the log never claims an effect that was
 * lost.
 */
public class ReceivedWebhook {

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

  /**
   * How much of a rejected webhook's body is kept: enough to see what was sent, too little for
   * anyone to fill the disk with unauthenticated requests.
   */
  public static final int REJECTED_EXCERPT_CHARS = 512;

  private Long id;
  private Instant receivedAt;
  private String clientAddress;
  private Integer bodyBytes;
  private Outcome outcome;
  private String reason;
  private String headers;
  private String body;
  private String recordId;
  private String payStatus;
  private String gatewayMerchantOrderId;
  private String orderPublicId;

  /** How often the same body arrived again and was only counted (see {@link WebhookLog}). */
  private int repeats;

  private Instant lastRepeatedAt;

  protected ReceivedWebhook() {
    // for the persistence mapping
  }

  private ReceivedWebhook(
      Instant receivedAt,
      String clientAddress,
      String headers,
      String body,
      Integer bodyBytes,
      Outcome outcome,
      String reason) {
    this.receivedAt = receivedAt;
    this.clientAddress = clientAddress;
    this.headers = headers;
    this.body = body;
    this.bodyBytes = bodyBytes;
    this.outcome = outcome;
    this.reason = reason;
  }

  /**
   * A webhook that failed verification or parsing: its metadata and the first {@value
   * #REJECTED_EXCERPT_CHARS} characters of its body (control characters shown as U+FFFD).
   *
   * @param bodyBytes the body's size, or null when it was too large to be read
   */
  public static ReceivedWebhook rejected(
      Instant receivedAt,
      String clientAddress,
      String headers,
      String body,
      Integer bodyBytes,
      String reason) {
    return new ReceivedWebhook(
        receivedAt, clientAddress, headers, excerpt(body), bodyBytes, Outcome.REJECTED, reason);
  }

  /** A verified webhook, kept whole, before its effect is known. */
  public static ReceivedWebhook verified(
      Instant receivedAt,
      String clientAddress,
      String headers,
      String body,
      int bodyBytes,
      String recordId,
      String payStatus,
      String gatewayMerchantOrderId) {
    ReceivedWebhook n =
        new ReceivedWebhook(
            receivedAt, clientAddress, headers, body, bodyBytes, Outcome.IGNORED, null);
    n.recordId = recordId;
    n.payStatus = payStatus;
    n.gatewayMerchantOrderId = gatewayMerchantOrderId;
    return n;
  }

  private static String excerpt(String body) {
    String kept =
        body.length() > REJECTED_EXCERPT_CHARS ? body.substring(0, REJECTED_EXCERPT_CHARS) : body;
    StringBuilder clean = new StringBuilder(kept.length());
    kept.codePoints()
        .map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? 0xFFFD : c)
        .forEach(clean::appendCodePoint);
    return clean.toString();
  }

  /** Whether it is an orphan that could still be applied (it was verified and named an order). */
  public boolean isOrphan() {
    return outcome == Outcome.ORPHAN;
  }

  public void settle(Outcome outcome, String reason, String orderPublicId) {
    this.outcome = outcome;
    this.reason = reason;
    this.orderPublicId = orderPublicId;
  }

  public int repeats() {
    return repeats;
  }

  public Optional<Instant> lastRepeatedAt() {
    return Optional.ofNullable(lastRepeatedAt);
  }

  public Long id() {
    return id;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  /** The address the delivery came from, as the server saw it. */
  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  /** The body's size in bytes; empty when it was too large to be read. */
  public Optional<Integer> bodyBytes() {
    return Optional.ofNullable(bodyBytes);
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

  public Optional<String> payStatus() {
    return Optional.ofNullable(payStatus);
  }

  public Optional<String> gatewayMerchantOrderId() {
    return Optional.ofNullable(gatewayMerchantOrderId);
  }

  public Optional<String> orderPublicId() {
    return Optional.ofNullable(orderPublicId);
  }
}
