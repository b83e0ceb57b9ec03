package dev.paydesk.application.timer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last run of each timer's work on this instance (by the timer or on demand), for the
 * dashboard's timer health. Kept in memory: each instance runs its own timers.
 */
@ApplicationScoped
public class TimerRuns {

  /** One finished run: when it ran and what it did, in words. */
  public record LastRun(Instant at, String summary) {}

  private final Map<TimerKind, LastRun> last = new ConcurrentHashMap<>();

  public void finished(TimerKind kind, Instant at, String summary) {
    last.put(kind, new LastRun(at, summary));
  }

  public Optional<LastRun> last(TimerKind kind) {
    return Optional.ofNullable(last.get(kind));
  }
}
