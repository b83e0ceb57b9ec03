package dev.paydesk.domain.webhook;

import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which received webhooks to list, newest first. Every criterion is optional.
 *
 * @param outcomes any of these (empty: any outcome)
 * @param text exactly one of: record id, the merchant order id it named, the checkout id it was
 *     applied to
 */
public record WebhookSearch(
    Set<Outcome> outcomes,
    Instant receivedFrom,
    Instant receivedBefore,
    String text,
    int page,
    int size) {

  public WebhookSearch {
    outcomes =
        outcomes == null || outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
    text = text == null || text.isBlank() ? null : text.trim();
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > OrderSearch.MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + OrderSearch.MAX_SIZE);
    }
  }
}
