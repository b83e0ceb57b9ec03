package dev.paydesk.ccpayment.v2;

import dev.paydesk.ccpayment.client.CcPaymentEnvelope;
import dev.paydesk.ccpayment.client.CcPaymentHttp;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Signs and sends one CCPayment v2 call ({@code Appid}, {@code Timestamp} in seconds, {@code Sign}
 * = HMAC-SHA256 over {@code appId + timestamp + body}) and returns its data when the code is 10000.
 * A route without parameters goes out with an empty body, signed as {@code appId + timestamp} (the
 * documentation's and the Go SDK's style). As for v1, reads are retried and creates are not.
 */
@ApplicationScoped
public class CcPaymentV2Client {

  private static final System.Logger LOG = System.getLogger(CcPaymentV2Client.class.getName());

  private CcPaymentV2Api api;
  private CcPaymentV2Settings settings;
  private Clock clock;
  // v2's names are camelCase, as the records' components
  private final Jsonb jsonb = JsonbBuilder.create();

  protected CcPaymentV2Client() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentV2Client(
      @RestClient CcPaymentV2Api api, CcPaymentV2Settings settings, Clock clock) {
    this.api = api;
    this.settings = settings;
    this.clock = clock;
  }

  /** A call that creates something at CCPayment; not retried (the caller knows how). */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  public <T> T create(V2Route route, Object request, Type dataType) {
    return call(route, request, dataType);
  }

  /** A call that only reads: safe to repeat when CCPayment did not answer. */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = GatewayUnavailableException.class)
  public <T> T query(V2Route route, Object request, Type dataType) {
    return call(route, request, dataType);
  }

  private <T> T call(V2Route route, Object request, Type dataType) {
    byte[] body =
        request == null ? new byte[0] : jsonb.toJson(request).getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(clock.instant());
    String sign =
        CcPaymentV2Signature.sign(settings.appId(), settings.appSecret(), timestamp, body);
    CcPaymentHttp.Answer answer =
        CcPaymentHttp.exchange(
            "CCPayment v2 " + route.path(),
            () ->
                route == V2Route.WEBHOOK_RESEND
                    ? api.webhookResend(settings.appId(), timestamp, sign, body)
                    : api.call(route.path(), settings.appId(), timestamp, sign, body));
    JsonValue data = CcPaymentEnvelope.openUnsigned(answer.body());
    try {
      return jsonb.fromJson(data.toString(), dataType);
    } catch (JsonbException e) {
      LOG.log(System.Logger.Level.DEBUG, "Unreadable data from v2 {0}", route.path());
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER,
          "CCPayment v2 " + route.path() + " answered data Paydesk cannot read",
          e);
    }
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.DEBUG, "closing JSON-B", e);
    }
  }
}
