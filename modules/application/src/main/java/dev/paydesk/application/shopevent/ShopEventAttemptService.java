package dev.paydesk.application.shopevent;

import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The outbox's transactions, each short: which events are due, claiming one for this worker (under
 * its row lock, so two workers or instances never send the same attempt), and recording the answer.
 * No transaction is open while the shop is called.
 */
@ApplicationScoped
@Transactional
public class ShopEventAttemptService {

  /** How long a claim holds: longer than one delivery can take. */
  static final Duration CLAIM = Duration.ofMinutes(1);

  private ShopEventOutbox outbox;
  private ShopEventSettings settings;

  protected ShopEventAttemptService() {
    // for CDI proxies
  }

  @Inject
  public ShopEventAttemptService(ShopEventOutbox outbox, ShopEventSettings settings) {
    this.outbox = outbox;
    this.settings = settings;
  }

  public List<String> endpointsDue(Instant now) {
    return outbox.endpointsDue(now);
  }

  public List<ShopEvent> due(Instant now, String endpoint, int limit) {
    return outbox.due(now, endpoint, limit);
  }

  /** The event, claimed for this worker; empty when another holds it or it is no longer due. */
  public Optional<ShopEvent> claim(long id, Instant now) {
    return outbox.lock(id).filter(e -> e.claim(now, CLAIM));
  }

  public void delivered(long id, int httpStatus, String excerpt, Duration latency, Instant now) {
    outbox.lock(id).ifPresent(e -> e.delivered(httpStatus, now));
    outbox.addAttempt(new ShopEventAttempt(id, now, httpStatus, latency, true, excerpt));
  }

  public void failed(long id, Integer httpStatus, String error, Duration latency, Instant now) {
    outbox.addAttempt(new ShopEventAttempt(id, now, httpStatus, latency, false, error));
    outbox
        .lock(id)
        .ifPresent(
            e -> {
              Duration first = settings.firstRetry();
              long jitterMillis =
                  ThreadLocalRandom.current().nextLong(Math.max(1, first.toMillis() / 5 + 1));
              e.attemptFailed(httpStatus, error, now, first, Duration.ofMillis(jitterMillis));
            });
  }
}
