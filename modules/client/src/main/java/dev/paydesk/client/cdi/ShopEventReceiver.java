package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;
import dev.paydesk.client.event.ShopEventRefused;
import dev.paydesk.client.event.ShopEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;

/**
 * Takes one delivery of a shop event: verifies it ({@link ShopEvents}), and unless it was taken
 * before, takes it ({@link ReceivedEvents}) and fires it as a {@link PaydeskEvent} to asynchronous
 * ({@code @ObservesAsync}, waited for) and then synchronous ({@code @Observes}) observers, in one
 * transaction: an observer's exception rolls everything back, so the delivery fails and Paydesk's
 * retry brings the event again.
 *
 * <p>Settings (MicroProfile Config): {@value #SECRET} (and {@value #PREVIOUS_SECRET} while
 * rotating), {@value #TOLERANCE} (PT5M), {@value #OBSERVER_WAIT} (PT30S: how long asynchronous
 * observers may take before the delivery counts as failed), {@link ReceivedEvents#DATASOURCE}.
 */
@ApplicationScoped
public class ShopEventReceiver {

  public static final String SECRET = "paydesk.shop-events.secret";
  public static final String PREVIOUS_SECRET = "paydesk.shop-events.previous-secret";
  public static final String TOLERANCE = "paydesk.shop-events.tolerance";
  public static final String OBSERVER_WAIT = "paydesk.shop-events.observer-wait";

  /** What became of a delivery that was verified. */
  public enum Outcome {
    /** Taken now: every observer finished. */
    TAKEN,
    /** Taken before: nothing fired again. */
    DUPLICATE
  }

  @Inject Config config;

  @Inject ReceivedEvents received;

  @Inject Event<PaydeskEvent> events;

  Clock clock = Clock.systemUTC();

  /**
   * @throws ShopEventRefused not Paydesk's, too old, or not an event: nothing happened
   * @throws RuntimeException an observer failed (or took too long): nothing was taken
   */
  @Transactional(rollbackOn = Exception.class)
  public Outcome receive(byte[] rawBody, ShopEvents.Headers headers) throws ShopEventRefused {
    ShopEvent event = ShopEvents.verify(rawBody, headers, secrets(), tolerance(), clock);
    if (received.taken(event.id())) {
      return Outcome.DUPLICATE;
    }
    received.take(event.id(), event.type(), clock.instant());
    PaydeskEvent fired = PaydeskEvent.of(event);
    // asynchronous observers first, and waited for: they run in transactions of their own, which
    // would wait forever on rows the synchronous observers lock in this one (and this one on them)
    try {
      events
          .fireAsync(fired)
          .toCompletableFuture()
          .get(observerWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new ObserverFailed(fired, e.getCause());
    } catch (TimeoutException e) {
      throw new ObserverFailed(fired, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObserverFailed(fired, e);
    }
    events.fire(fired);
    return Outcome.TAKEN;
  }

  private List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    secrets.add(config.getValue(SECRET, String.class));
    config.getOptionalValue(PREVIOUS_SECRET, String.class).ifPresent(secrets::add);
    return secrets;
  }

  private Duration tolerance() {
    return config
        .getOptionalValue(TOLERANCE, String.class)
        .map(Duration::parse)
        .orElse(ShopEvents.DEFAULT_TOLERANCE);
  }

  private Duration observerWait() {
    return config
        .getOptionalValue(OBSERVER_WAIT, String.class)
        .map(Duration::parse)
        .orElse(Duration.ofSeconds(30));
  }

  /** An asynchronous observer failed or did not finish in time. */
  public static class ObserverFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ObserverFailed(PaydeskEvent event, Throwable cause) {
      super("an observer of " + event + " failed: " + cause, cause);
    }
  }
}
