package dev.paydesk.ccpayment.client;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;

/**
 * Reads CCPayment's {@code {code, msg, data}} envelope from the raw bytes of an HTTP 200 answer and
 * decides whether its data can be trusted: only code 10000 with a valid response signature can.
 */
public final class CcPaymentEnvelope {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  public static final int SUCCESS = 10000;

  private CcPaymentEnvelope() {}

  /**
   * @return the {@code data} value of a successful, correctly signed answer (v1)
   * @throws GatewayRejectedException for any code other than 10000
   * @throws GatewayUnavailableException (bad answer) for an unparsable body or a missing or wrong
   *     signature
   */
  public static JsonValue open(
      byte[] body,
      String appId,
      String appSecret,
      String responseAppId,
      String responseTimestamp,
      String responseSign) {
    JsonObject envelope = successful(body);
    if (!appId.equals(responseAppId)
        || !CcPaymentSignature.verify(appId, appSecret, responseTimestamp, body, responseSign)) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER,
          "CCPayment's answer carries no valid signature; its data was not trusted");
    }
    return data(envelope);
  }

  /**
   * @return the {@code data} value of a successful answer from v2, which signs no answers (the
   *     request's signature and TLS are what is trusted)
   * @throws GatewayRejectedException for any code other than 10000
   * @throws GatewayUnavailableException (bad answer) for an unparsable body
   */
  public static JsonValue openUnsigned(byte[] body) {
    return data(successful(body));
  }

  private static JsonObject successful(byte[] body) {
    JsonObject envelope;
    try (JsonReader reader = JSONP.createReader(new ByteArrayInputStream(body))) {
      envelope = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment answered with a body that is not a JSON object", e);
    }
    JsonValue codeValue = envelope.get("code");
    if (!(codeValue instanceof JsonNumber code)) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment answered without a numeric code");
    }
    if (code.intValue() != SUCCESS) {
      String msg = envelope.get("msg") instanceof jakarta.json.JsonString s ? s.getString() : "";
      throw new GatewayRejectedException(code.intValue(), msg);
    }
    return envelope;
  }

  private static JsonValue data(JsonObject envelope) {
    JsonValue data = envelope.get("data");
    if (data == null) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment answered success without data");
    }
    return data;
  }
}
