package dev.paydesk.application.gateway;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces a run's calls to the gateway: at most {@code perSecond} a second, each waiting out what is
 * left of its slot. CCPayment allows 100 requests a second per IP; a sweep of a hundred thousand
 * due orders is a thousand {@code bill/info} calls, which unpaced would crowd out the shops'
 * creates. Elapsed time is the monotonic clock's, not the business clock's: this is pacing, not a
 * decision.
 */
public final class CallPacer {

  /** Waits for a while (a thread's sleep in production). */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next;
  private boolean started;

  /**
   * @param perSecond calls a second at most; 0 or less: no pacing
   */
  public CallPacer(int perSecond, LongSupplier nanoTime, Sleeper sleeper) {
    this.intervalNanos = perSecond <= 0 ? 0 : Duration.ofSeconds(1).toNanos() / perSecond;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  public static CallPacer of(int perSecond) {
    return new CallPacer(perSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  /** Returns when the next call may go; callers on several threads share the pace. */
  public synchronized void awaitTurn() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (started && now < next) {
      sleeper.sleep(next - now);
      now = next;
    }
    started = true;
    next = now + intervalNanos;
  }
}
