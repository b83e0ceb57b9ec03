package dev.paydesk.rest.webhook;

import dev.paydesk.application.webhook.WebhookView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A received webhook: headers without secrets (only whether a Sign was sent), the raw body (the
 * first 512 characters when it was rejected) and what became of it.
 */
@Schema(description = "A webhook as Paydesk received it")
public record WebhookResponse(
    long id,
    Instant receivedAt,
    @Schema(description = "APPLIED, DUPLICATE, ORPHAN, IGNORED or REJECTED") String outcome,
    @Schema(description = "Why it was ignored, orphaned or rejected") String reason,
    String clientAddress,
    String headers,
    String body,
    @Schema(description = "The body's size in bytes; absent when it was too large to read")
        Integer bodyBytes,
    String recordId,
    String payStatus,
    @Schema(description = "The merchant order id it named") String merchantOrderId,
    @Schema(description = "The checkout it was applied to") String checkoutId,
    @Schema(
            description =
                "How often the same body arrived again (a replay, a retry): counted, not stored"
                    + " again")
        int repeats,
    @Schema(description = "When it last arrived again") Instant lastRepeatedAt) {

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
