package dev.paydesk.client.api;

import java.time.Instant;
import java.util.List;

/**
 * One event sent to one of the shop's endpoints, and how each attempt fared.
 *
 * @param status PENDING, DELIVERED or FAILED (given up after 3 days)
 * @param lastStatus the HTTP status of the last answer; null when none came
 */
public record ShopEventDelivery(
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

  /** One attempt: when, the answer's status (null when none came), latency, an excerpt. */
  public record Attempt(
      Instant at, Integer httpStatus, long latencyMillis, boolean delivered, String excerpt) {}
}
