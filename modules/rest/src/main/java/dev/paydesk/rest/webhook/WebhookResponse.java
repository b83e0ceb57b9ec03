package dev.paydesk.rest.webhook;

import dev.paydesk.application.webhook.WebhookView;
import java.time.Instant;

/**
 * A received webhook: headers without secrets (only whether a Sign was sent), the raw body (the
 * first 512 characters when it was rejected) and what became of it.
 */
public record WebhookResponse(
    long id,
    Instant receivedAt,
    String outcome,
    String reason,
    String clientAddress,
    String headers,
    String body,
    Integer bodyBytes,
    String recordId,
    String payStatus,
    String merchantOrderId,
    String checkoutId,
    int repeats,
    Instant lastRepeatedAt) {

  static WebhookResponse of(WebhookView n) {
    return new WebhookResponse(
        n.id(),
        n.receivedAt(),
        n.outcome().name(),
        n.reason(),
        n.clientAddress(),
        n.headers(),
        n.body(),
        n.bodyBytes(),
        n.recordId(),
        n.payStatus(),
        n.merchantOrderId(),
        n.orderId(),
        n.repeats(),
        n.lastRepeatedAt());
  }
}
