package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.application.payment.WebhookReader;
import dev.paydesk.ccpayment.v2.CcPaymentV2Gateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * CCPayment's API Deposit webhooks, read from their stored bodies: v1's carry the payment; v2's
 * name a record, which is read from CCPayment v2 again (as when the webhook arrived).
 */
@ApplicationScoped
public class DepositWebhookReader implements WebhookReader {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  private CcPaymentV2Gateway v2;

  protected DepositWebhookReader() {
    // for CDI proxies
  }

  @Inject
  public DepositWebhookReader(CcPaymentV2Gateway v2) {
    this.v2 = v2;
  }

  /**
   * @throws dev.paydesk.domain.gateway.GatewayUnavailableException a v2 record could not be read
   */
  @Override
  public WebhookContent read(String body, Instant receivedAt) {
    JsonObject json;
    try (JsonReader reader = JSONP.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the stored body is not a JSON object", e);
    }
    if (!CcPaymentWebhookResource.isV2(body.getBytes(StandardCharsets.UTF_8), false)) {
      return DepositWebhook.of(json).read(receivedAt);
    }
    V2DepositWebhook webhook = V2DepositWebhook.of(json);
    return webhook.isDeposit()
        ? webhook.content(v2.depositRecord(webhook.recordId()), receivedAt)
        : webhook.ignored();
  }
}
