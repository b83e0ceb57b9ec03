package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;

/**
 * CCPayment v1's merchant API, as the sandbox serves it: every call is checked ({@code Appid},
 * {@code Timestamp} within two minutes, {@code Sign} over the raw body), answered in the {@code
 * {code, msg, data}} envelope, and signed when it succeeds.
 */
@Path("ccpayment/v1")
public class SandboxCcPaymentResource {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=utf-8";

  @Inject SandboxGateway gateway;

  @Inject SandboxSettings settings;

  @Inject SandboxFaults faults;

  @Inject Clock clock;

  @Inject SandboxPayments payments;

  @Inject SandboxResendLimit resendLimit;

  @Inject SandboxWithdrawals withdrawals;

  @POST
  @Path("bill/create")
  public Response billCreate(@Context HttpHeaders headers, byte[] body) {
    return handle("bill/create", headers, body, json -> gateway.billCreate(settings.appId(), json));
  }

  @POST
  @Path("bill/info")
  public Response billInfo(@Context HttpHeaders headers, byte[] body) {
    return handle("bill/info", headers, body, json -> gateway.billInfo(settings.appId(), json));
  }

  @POST
  @Path("webhook/resend")
  public Response webhookResend(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "webhook/resend",
        headers,
        body,
        json -> {
          resendLimit.check(SandboxOrder.V1, clock.instant());
          return gateway.webhookResend(json, payments);
        });
  }

  @POST
  @Path("coin/all")
  public Response coinAll(@Context HttpHeaders headers, byte[] body) {
    return handle("coin/all", headers, body, json -> gateway.coinAll());
  }

  @POST
  @Path("token/rate")
  public Response tokenRate(@Context HttpHeaders headers, byte[] body) {
    return handle("token/rate", headers, body, gateway::tokenRate);
  }

  @POST
  @Path("network/fee")
  public Response networkFee(@Context HttpHeaders headers, byte[] body) {
    return handle("network/fee", headers, body, withdrawals::v1Fee);
  }

  /**
   * A withdrawal; a {@code WITHDRAWAL_FAILS} fault armed for {@code withdraw} makes it end failed
   * (a {@code TIMEOUT} holds the answer before it is made, as on every v1 route).
   */
  @POST
  @Path("withdraw")
  public Response withdraw(@Context HttpHeaders headers, byte[] body) {
    boolean failLater =
        faults.armed().stream()
            .anyMatch(
                f ->
                    f.kind() == SandboxFaults.Kind.WITHDRAWAL_FAILS
                        && "withdraw".equals(f.endpoint()));
    return handle(
        "withdraw",
        headers,
        body,
        json -> withdrawals.v1Withdraw(settings.appId(), json, failLater));
  }

  @POST
  @Path("check/user")
  public Response checkUser(@Context HttpHeaders headers, byte[] body) {
    return handle("check/user", headers, body, withdrawals::v1CheckUser);
  }

  @POST
  @Path("assets")
  public Response assets(@Context HttpHeaders headers, byte[] body) {
    return handle("assets", headers, body, json -> withdrawals.v1Assets(settings.appId(), json));
  }

  private Response handle(
      String endpoint,
      HttpHeaders headers,
      byte[] rawBody,
      Function<JsonObject, JsonValue> action) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    SandboxFaults.Fault fault = faults.strike(endpoint, settings.slowAnswerDelay()).orElse(null);
    SandboxFaults.Kind kind = fault == null ? null : fault.kind();
    if (kind == SandboxFaults.Kind.HTTP_500) {
      return SandboxFaults.internalError();
    }
    try {
      SandboxRequest.check(headers, body, settings, clock, CcPaymentSignature::verify);
      if (kind == SandboxFaults.Kind.ERROR_CODE) {
        throw new SandboxError(fault.code(), "injected fault");
      }
      JsonValue data = action.apply(SandboxRequest.json(body));
      return success(data, kind == SandboxFaults.Kind.BAD_SIGNATURE);
    } catch (SandboxError e) {
      return failure(e);
    }
  }

  private Response success(JsonValue data, boolean tamper) {
    byte[] answer =
        JSONP
            .createObjectBuilder()
            .add("code", 10000)
            .add("msg", "success")
            .add("data", data)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(clock.instant());
    String sign =
        CcPaymentSignature.sign(
            settings.appId(), tamper ? "not-the-secret" : settings.appSecret(), timestamp, answer);
    return Response.ok(answer, JSON_UTF8)
        .header(CcPaymentSignature.APP_ID_HEADER, settings.appId())
        .header(CcPaymentSignature.TIMESTAMP_HEADER, timestamp)
        .header(CcPaymentSignature.SIGN_HEADER, sign)
        .build();
  }

  private static Response failure(SandboxError error) {
    String answer =
        JSONP
            .createObjectBuilder()
            .add("code", error.code())
            .add("msg", error.getMessage())
            .addNull("data")
            .build()
            .toString();
    return Response.ok(answer, JSON_UTF8).build();
  }
}
