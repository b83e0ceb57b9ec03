package dev.paydesk.application.webhook;

import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import java.time.Instant;

/**
 * A received webhook as it was stored: the headers (never the secret, only whether a Sign was
 * sent), the body (an excerpt when it was rejected) and what became of it.
 *
 * @param bodyBytes the body's size; null when it was too large to be read
 * @param orderId the checkout it was applied to, if any
 * @param repeats how often the same body arrived again since (counted, not stored again)
 */
public record WebhookView(
    long id,
    Instant receivedAt,
    Outcome outcome,
    String reason,
    String clientAddress,
    String headers,
    String body,
    Integer bodyBytes,
    String recordId,
    String payStatus,
    String merchantOrderId,
    String orderId,
    int repeats,
    Instant lastRepeatedAt) {

  static WebhookView of(ReceivedWebhook n) {
    return new WebhookView(
        n.id(),
        n.receivedAt(),
        n.outcome(),
        n.reason().orElse(null),
        n.clientAddress().orElse(null),
        n.headers(),
        n.body(),
        n.bodyBytes().orElse(null),
        n.recordId().orElse(null),
        n.payStatus().orElse(null),
        n.gatewayMerchantOrderId().orElse(null),
        n.orderPublicId().orElse(null),
        n.repeats(),
        n.lastRepeatedAt().orElse(null));
  }
}
