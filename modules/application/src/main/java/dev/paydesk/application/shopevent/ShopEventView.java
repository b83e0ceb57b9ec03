package dev.paydesk.application.shopevent;

import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import java.time.Instant;
import java.util.List;

/** One event at one endpoint, with every attempt at it, as the shop API and the console show it. */
public record ShopEventView(
    String eventId,
    String checkoutId,
    String type,
    String endpoint,
    Instant createdAt,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Integer lastStatus,
    String lastError,
    List<Attempt> history) {

  /** One attempt: when, the answer's status (none when no answer came), latency, an excerpt. */
  public record Attempt(
      Instant at, Integer httpStatus, long latencyMillis, boolean delivered, String excerpt) {

    static Attempt of(ShopEventAttempt a) {
      return new Attempt(
          a.attemptedAt(),
          a.httpStatus().orElse(null),
          a.latency().toMillis(),
          a.delivered(),
          a.excerpt().orElse(null));
    }
  }

  static ShopEventView of(ShopEvent e, List<ShopEventAttempt> attempts) {
    return new ShopEventView(
        e.eventId(),
        e.checkoutId(),
        e.type(),
        e.endpoint(),
        e.createdAt(),
        e.status().name(),
        e.attempts(),
        e.nextAttemptAt().orElse(null),
        e.deliveredAt().orElse(null),
        e.lastStatus().orElse(null),
        e.lastError().orElse(null),
        attempts.stream().filter(a -> a.shopEventId() == e.id()).map(Attempt::of).toList());
  }
}
