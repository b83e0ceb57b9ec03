package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.application.payment.WebhookReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;

/** CCPayment's API Deposit webhooks, read from their stored bodies. */
@ApplicationScoped
public class DepositWebhookReader implements WebhookReader {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  @Override
  public WebhookContent read(String body, Instant receivedAt) {
    try (JsonReader reader = JSONP.createReader(new StringReader(body))) {
      return DepositWebhook.of(reader.readObject()).read(receivedAt);
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the stored body is not a JSON object", e);
    }
  }
}
