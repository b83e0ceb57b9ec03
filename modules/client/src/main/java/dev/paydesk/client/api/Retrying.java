package dev.paydesk.client.api;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Sends a call again while Paydesk answers "retry after" ({@link PaydeskProblem#retryable()}). */
final class Retrying {

  /** How to wait; tests replace it. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  static volatile Sleeper sleeper = d -> Thread.sleep(d.toMillis());

  private Retrying() {}

  /**
   * @throws PaydeskProblem a problem that is not retryable, or the last one once waiting for the
   *     next try would go past {@code patience}
   */
  static <T> T call(Supplier<T> call, Duration patience) {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      try {
        return call.get();
      } catch (PaydeskProblem problem) {
        Duration wait = problem.retryAfter().orElse(Duration.ZERO);
        if (!problem.retryable() || Instant.now().plus(wait).isAfter(giveUp)) {
          throw problem;
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw problem;
        }
      }
    }
  }
}
