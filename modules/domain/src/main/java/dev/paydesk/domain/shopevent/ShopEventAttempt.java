package dev.paydesk.domain.shopevent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One attempt to deliver a shop event: when, what the endpoint answered, how long it took. */
public class ShopEventAttempt {

  /** How much of an answer (or error) is kept. */
  public static final int EXCERPT_LENGTH = 500;

  private Long id;
  private long shopEventId;
  private Instant attemptedAt;
  private Integer httpStatus;
  private long latencyMillis;
  private boolean delivered;
  private String excerpt;

  protected ShopEventAttempt() {
    // for the persistence mapping
  }

  /**
   * @param httpStatus the answer's status; null when none came (connection refused, timeout)
   * @param excerpt the start of the answer's body, or the error
   */
  public ShopEventAttempt(
      long shopEventId,
      Instant attemptedAt,
      Integer httpStatus,
      Duration latency,
      boolean delivered,
      String excerpt) {
    this.shopEventId = shopEventId;
    this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
    this.httpStatus = httpStatus;
    this.latencyMillis = latency.toMillis();
    this.delivered = delivered;
    this.excerpt =
        excerpt == null || excerpt.length() <= EXCERPT_LENGTH
            ? excerpt
            : excerpt.substring(0, EXCERPT_LENGTH);
  }

  public long shopEventId() {
    return shopEventId;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public Optional<Integer> httpStatus() {
    return Optional.ofNullable(httpStatus);
  }

  public Duration latency() {
    return Duration.ofMillis(latencyMillis);
  }

  public boolean delivered() {
    return delivered;
  }

  public Optional<String> excerpt() {
    return Optional.ofNullable(excerpt);
  }
}
