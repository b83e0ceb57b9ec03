package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
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
 * CCPayment v2's merchant API, as the sandbox serves it under {@code /sandbox/ccpayment/v2}: every
 * call is checked ({@code Appid}, {@code Timestamp} in seconds within two minutes, {@code Sign} =
 * HMAC-SHA256 over the raw body, where an empty body and {@code {}} are both accepted as the
 * official SDKs send either) and answered HTTP 200 in the {@code {code, msg, data}} envelope,
 * unsigned as v2's answers are.
 */
@Path("ccpayment/v2")
public class SandboxV2Resource {

  private static final JsonProvider JSONP = JsonProvider.provider();
  private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=utf-8";

  @Inject SandboxV2Gateway gateway;

  @Inject SandboxSettings settings;

  @Inject Clock clock;

  @Inject SandboxFaults faults;

  @Inject SandboxPayments payments;

  @Inject SandboxResendLimit resendLimit;

  @Inject SandboxCallRate callRate;

  @Inject SandboxWithdrawals withdrawals;

  @POST
  @Path("createAppOrderDepositAddress")
  public Response createOrder(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "createAppOrderDepositAddress",
        headers,
        body,
        json -> gateway.createOrder(settings.appId(), json));
  }

  @POST
  @Path("getAppOrderInfo")
  public Response orderInfo(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "getAppOrderInfo", headers, body, json -> gateway.orderInfo(settings.appId(), json));
  }

  @POST
  @Path("getAppDepositRecord")
  public Response depositRecord(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "getAppDepositRecord",
        headers,
        body,
        json -> gateway.depositRecord(settings.appId(), json));
  }

  @POST
  @Path("getAppDepositRecordList")
  public Response depositRecordList(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "getAppDepositRecordList",
        headers,
        body,
        json -> gateway.depositRecordList(settings.appId(), json));
  }

  @POST
  @Path("getCoinList")
  public Response coinList(@Context HttpHeaders headers, byte[] body) {
    return handle("getCoinList", headers, body, json -> gateway.coinList());
  }

  @POST
  @Path("getFiatList")
  public Response fiatList(@Context HttpHeaders headers, byte[] body) {
    return handle("getFiatList", headers, body, json -> gateway.fiatList());
  }

  @POST
  @Path("getCoinUSDTPrice")
  public Response coinUsdtPrice(@Context HttpHeaders headers, byte[] body) {
    return handle("getCoinUSDTPrice", headers, body, gateway::coinUsdtPrices);
  }

  @POST
  @Path("webhook/resend")
  public Response webhookResend(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "webhook/resend",
        headers,
        body,
        json ->
            gateway.webhookResend(
                json, payments, () -> resendLimit.check(SandboxOrder.V2, clock.instant())));
  }

  @POST
  @Path("rescanLostTransaction")
  public Response rescan(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "rescanLostTransaction",
        headers,
        body,
        json -> gateway.rescan(settings.appId(), json, payments));
  }

  @POST
  @Path("getWithdrawFee")
  public Response withdrawFee(@Context HttpHeaders headers, byte[] body) {
    return handle("getWithdrawFee", headers, body, withdrawals::fee);
  }

  @POST
  @Path("checkWithdrawalAddressValidity")
  public Response addressValidity(@Context HttpHeaders headers, byte[] body) {
    return handle("checkWithdrawalAddressValidity", headers, body, withdrawals::addressValidity);
  }

  @POST
  @Path("applyAppWithdrawToNetwork")
  public Response withdrawToNetwork(@Context HttpHeaders headers, byte[] body) {
    return withdraw(
        "applyAppWithdrawToNetwork",
        headers,
        body,
        (json, failLater) -> withdrawals.toNetwork(settings.appId(), json, failLater));
  }

  @POST
  @Path("applyAppWithdrawToCwallet")
  public Response withdrawToCwallet(@Context HttpHeaders headers, byte[] body) {
    return withdraw(
        "applyAppWithdrawToCwallet",
        headers,
        body,
        (json, failLater) -> withdrawals.toCwallet(settings.appId(), json, failLater));
  }

  @POST
  @Path("getAppWithdrawRecord")
  public Response withdrawRecord(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "getAppWithdrawRecord", headers, body, json -> withdrawals.record(settings.appId(), json));
  }

  @POST
  @Path("getAppCoinAssetList")
  public Response assets(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "getAppCoinAssetList", headers, body, json -> withdrawals.assets(settings.appId()));
  }

  /**
   * A withdrawal: as {@link #handle}, except that a {@code TIMEOUT} fault holds the answer after
   * the withdrawal was made (the case a client must not turn into a second one), and a {@code
   * WITHDRAWAL_FAILS} fault lets the call succeed and the withdrawal end {@code Failed}.
   */
  private Response withdraw(
      String route,
      HttpHeaders headers,
      byte[] rawBody,
      java.util.function.BiFunction<JsonObject, Boolean, JsonValue> action) {
    SandboxFaults.Fault fault = faults.take("v2/" + route).orElse(null);
    boolean timeout = fault != null && fault.kind() == SandboxFaults.Kind.TIMEOUT;
    boolean failLater = fault != null && fault.kind() == SandboxFaults.Kind.WITHDRAWAL_FAILS;
    return answer(
        fault,
        headers,
        rawBody,
        json -> {
          JsonValue data = action.apply(json, failLater);
          if (timeout) {
            SandboxFaults.hold(settings.slowAnswerDelay());
          }
          return data;
        });
  }

  /**
   * Answers one call; a fault armed for {@code v2/<route>} (or for any endpoint) hits it first:
   * {@code TIMEOUT} holds the answer, {@code HTTP_500} answers 500, {@code ERROR_CODE} its code
   * ({@code BAD_SIGNATURE} has nothing to spoil: v2 does not sign answers).
   */
  private Response handle(
      String route, HttpHeaders headers, byte[] rawBody, Function<JsonObject, JsonValue> action) {
    return answer(
        faults.strike("v2/" + route, settings.slowAnswerDelay()).orElse(null),
        headers,
        rawBody,
        action);
  }

  /** Checks the call and runs it, unless the fault taken for it answers instead. */
  private Response answer(
      SandboxFaults.Fault fault,
      HttpHeaders headers,
      byte[] rawBody,
      Function<JsonObject, JsonValue> action) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    SandboxFaults.Kind kind = fault == null ? null : fault.kind();
    if (kind == SandboxFaults.Kind.HTTP_500) {
      return SandboxFaults.internalError();
    }
    try {
      SandboxRequest.check(headers, body, settings, clock, CcPaymentV2Signature::verify);
      callRate.take(clock.instant());
      if (kind == SandboxFaults.Kind.ERROR_CODE) {
        throw new SandboxError(fault.code(), "injected fault");
      }
      return answer(10000, "success", action.apply(SandboxRequest.json(body)));
    } catch (SandboxError e) {
      return answer(e.code(), e.getMessage(), JsonValue.NULL);
    }
  }

  private static Response answer(int code, String msg, JsonValue data) {
    byte[] answer =
        JSONP
            .createObjectBuilder()
            .add("code", code)
            .add("msg", msg)
            .add("data", data)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return Response.ok(answer, JSON_UTF8).build();
  }
}
