package dev.paydesk.ccpayment.client;

import dev.paydesk.ccpayment.CcPaymentSettings;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Signs and sends one CCPayment v1 call and returns its data only if it can be trusted. Calls that
 * change nothing at CCPayment are retried; a create is not (see {@link #create}). Time limits and
 * retry counts can be tuned with the MicroProfile Fault Tolerance keys of this class.
 */
@ApplicationScoped
public class CcPaymentClient {

  private static final System.Logger LOG = System.getLogger(CcPaymentClient.class.getName());

  private CcPaymentApi api;
  private CcPaymentSettings settings;
  private Clock clock;
  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  protected CcPaymentClient() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentClient(@RestClient CcPaymentApi api, CcPaymentSettings settings, Clock clock) {
    this.api = api;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A call that creates something at CCPayment. Not retried here: if an answer is lost, the order
   * may exist there, and only the caller knows how to retry without making a second one.
   */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  public <T> T create(Endpoint endpoint, Object request, Type dataType) {
    return call(endpoint, request, dataType);
  }

  /** A call that only reads: safe to repeat when CCPayment did not answer. */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = GatewayUnavailableException.class)
  public <T> T query(Endpoint endpoint, Object request, Type dataType) {
    return call(endpoint, request, dataType);
  }

  private <T> T call(Endpoint endpoint, Object request, Type dataType) {
    byte[] body =
        request == null
            ? "{}".getBytes(StandardCharsets.UTF_8)
            : jsonb.toJson(request).getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(clock.instant());
    String sign = CcPaymentSignature.sign(settings.appId(), settings.appSecret(), timestamp, body);
    CcPaymentHttp.Answer answer =
        CcPaymentHttp.exchange(
            "CCPayment " + endpoint.path(),
            () -> endpoint.send(api, settings.appId(), timestamp, sign, body));
    JsonValue data =
        CcPaymentEnvelope.open(
            answer.body(),
            settings.appId(),
            settings.appSecret(),
            answer.appId(),
            answer.timestamp(),
            answer.sign());
    try {
      return jsonb.fromJson(data.toString(), dataType);
    } catch (JsonbException e) {
      LOG.log(System.Logger.Level.DEBUG, "Unreadable data from {0}", endpoint.path());
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER,
          "CCPayment " + endpoint.path() + " answered data Paydesk cannot read",
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
