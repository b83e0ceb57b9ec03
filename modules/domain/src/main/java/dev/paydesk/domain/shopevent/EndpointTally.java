package dev.paydesk.domain.shopevent;

import java.time.Instant;

/**
 * How one of the shop's endpoints fares: its events by where delivery stands.
 *
 * @param retrying pending events whose last attempt failed (a subset of {@code pending})
 * @param lastDeliveredAt when it last took an event; null if never
 */
public record EndpointTally(
    String endpoint,
    long delivered,
    long pending,
    long retrying,
    long failed,
    Instant lastDeliveredAt) {

  public static EndpointTally none(String endpoint) {
    return new EndpointTally(endpoint, 0, 0, 0, 0, null);
  }

  /** Whether it needs a look: events it gave up on or is failing to take. */
  public boolean isFailing() {
    return failed > 0 || retrying > 0;
  }
}
