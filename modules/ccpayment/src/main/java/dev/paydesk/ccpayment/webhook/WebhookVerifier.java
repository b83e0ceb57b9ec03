package dev.paydesk.ccpayment.webhook;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether a delivery really comes from CCPayment for our account: {@code Appid} ours,
 * {@code Timestamp} fresh, {@code Sign} right over the exact body bytes (in constant time, by the
 * API version's formula), and the body a JSON object. No I/O and no state: the same delivery always
 * gets the same verdict.
 */
final class WebhookVerifier {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  /** What {@link #verify} decided. */
  sealed interface Verdict {}

  /** From CCPayment: its body, parsed. */
  record Verified(JsonObject body) implements Verdict {}

  /** Not trusted: the HTTP status to answer and why (never the secret or the expected sign). */
  record Rejected(int status, String reason) implements Verdict {}

  /** One delivery's signed headers and body; a null body was larger than the limit. */
  record Delivery(String appId, String timestamp, String sign, byte[] body) {}

  /** An API version's signature check (v1: SHA-256 with the secret inside; v2: HMAC-SHA256). */
  @FunctionalInterface
  interface Signature {
    boolean verify(String appId, String appSecret, String timestamp, byte[] body, String sign);
  }

  /** CCPayment v1's webhooks. */
  static final Signature V1 = CcPaymentSignature::verify;

  /** CCPayment v2's webhooks. */
  static final Signature V2 = CcPaymentV2Signature::verify;

  private final String appId;
  private final String appSecret;
  private final Duration maxAge;
  private final Duration maxAhead;
  private final int maxBodyBytes;
  private final Signature signature;

  WebhookVerifier(
      String appId, String appSecret, Duration maxAge, Duration maxAhead, int maxBodyBytes) {
    this(appId, appSecret, maxAge, maxAhead, maxBodyBytes, V1);
  }

  WebhookVerifier(
      String appId,
      String appSecret,
      Duration maxAge,
      Duration maxAhead,
      int maxBodyBytes,
      Signature signature) {
    this.signature = signature;
    this.appId = appId;
    this.appSecret = appSecret;
    this.maxAge = maxAge;
    this.maxAhead = maxAhead;
    this.maxBodyBytes = maxBodyBytes;
  }

  Verdict verify(Delivery delivery, Instant now) {
    if (delivery.body() == null) {
      return new Rejected(413, "body larger than " + maxBodyBytes + " bytes");
    }
    if (!appId.equals(delivery.appId())) {
      return new Rejected(401, "Appid is not ours");
    }
    if (!CcPaymentSignature.isFresh(delivery.timestamp(), now, maxAge, maxAhead)) {
      return new Rejected(401, "Timestamp missing or outside the accepted window");
    }
    if (!signature.verify(
        appId, appSecret, delivery.timestamp(), delivery.body(), delivery.sign())) {
      return new Rejected(401, "Sign does not match the body");
    }
    try (JsonReader reader = JSONP.createReader(new ByteArrayInputStream(delivery.body()))) {
      return new Verified(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return new Rejected(400, "body is not a JSON object");
    }
  }
}
