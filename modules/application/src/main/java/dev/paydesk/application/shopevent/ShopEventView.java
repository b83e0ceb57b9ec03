package dev.paydesk.application.shopevent;

import dev.paydesk.domain.shopevent.ShopEvent;
import java.time.Instant;

/** One event at one endpoint, as the shop API and the console show it. */
public record ShopEventView(
    String eventId,
    String type,
    String endpoint,
    Instant createdAt,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Integer lastStatus,
    String lastError) {

  static ShopEventView of(ShopEvent e) {
    return new ShopEventView(
        e.eventId(),
        e.type(),
        e.endpoint(),
        e.createdAt(),
        e.status().name(),
        e.attempts(),
        e.nextAttemptAt().orElse(null),
        e.deliveredAt().orElse(null),
        e.lastStatus().orElse(null),
        e.lastError().orElse(null));
  }
}
