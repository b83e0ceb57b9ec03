package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.time.Clock;

/**
 * How both of the sandbox's CCPayment faces read a call, as CCPayment does: {@code Appid}, {@code
 * Timestamp} and {@code Sign} present, the sandbox's App ID, ten-digit seconds within the window,
 * the version's signature over the raw body, and a body that is a JSON object (or empty).
 */
final class SandboxRequest {

  private static final JsonProvider JSONP = JsonProvider.provider();

  /** A version's signature check. */
  @FunctionalInterface
  interface Verifier {
    boolean verify(String appId, String appSecret, String timestamp, byte[] body, String sign);
  }

  private SandboxRequest() {}

  /**
   * @throws SandboxError with CCPayment's code for the first thing wrong
   */
  static void check(
      HttpHeaders headers, byte[] body, SandboxSettings settings, Clock clock, Verifier verifier) {
    String appId = headers.getHeaderString(CcPaymentSignature.APP_ID_HEADER);
    String timestamp = headers.getHeaderString(CcPaymentSignature.TIMESTAMP_HEADER);
    String sign = headers.getHeaderString(CcPaymentSignature.SIGN_HEADER);
    if (appId == null || timestamp == null || sign == null) {
      throw new SandboxError(
          SandboxError.HEADER_INVALID_ARGUMENT,
          "HeaderInvalidArgument: Appid, Timestamp and Sign are required");
    }
    if (!settings.appId().equals(appId)) {
      throw new SandboxError(SandboxError.MERCHANT_NOT_FOUND, "MerchantNotFound: unknown Appid");
    }
    if (!timestamp.matches("\\d{10}")) {
      throw new SandboxError(
          SandboxError.HEADER_INVALID_ARGUMENT,
          "HeaderInvalidArgument: Timestamp must be 10-digit seconds");
    }
    if (!CcPaymentSignature.isFresh(
        timestamp, clock.instant(), settings.timestampWindow(), settings.timestampWindow())) {
      throw new SandboxError(
          SandboxError.REQUEST_EXPIRED, "ReqExpired: Timestamp is outside the two-minute window");
    }
    if (!verifier.verify(appId, settings.appSecret(), timestamp, body, sign)) {
      throw new SandboxError(SandboxError.VERIFY_SIGN_FAILED, "VerifySignFailed");
    }
  }

  /** The body as a JSON object; an empty body is an empty object. */
  static JsonObject json(byte[] body) {
    if (body.length == 0) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSONP.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new SandboxError(
          SandboxError.INVALID_ARGUMENT, "InvalidArgument: the body is not a JSON object");
    }
  }
}
