package dev.paydesk.domain.order;

import java.time.Instant;

/**
 * Why a person should look into an order, and since when: what puts it in the console's "to review"
 * queue. Immutable; part of its order (stored in its row) and absent while nothing waits.
 */
public final class ReviewFlag {

  /** Longest reason kept; later reasons are cut, the first ones stay. */
  static final int MAX_REASON = 1000;

  private String reason;
  private Instant since;

  protected ReviewFlag() {
    // for the persistence mapping
  }

  private ReviewFlag(String reason, Instant since) {
    this.reason = reason.substring(0, Math.min(reason.length(), MAX_REASON));
    this.since = since;
  }

  /** The flag once {@code reason} is added to what already waits ({@code current}, may be null). */
  static ReviewFlag raise(ReviewFlag current, String reason, Instant now) {
    return current == null
        ? new ReviewFlag(reason, now)
        : new ReviewFlag(current.reason + " | " + reason, current.since);
  }

  /** Every reason still waiting, oldest first, separated by {@code " | "}. */
  public String reason() {
    return reason;
  }

  /** When the oldest waiting reason was raised. */
  public Instant since() {
    return since;
  }
}
