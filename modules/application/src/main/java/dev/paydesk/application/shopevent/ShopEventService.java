package dev.paydesk.application.shopevent;

import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** What the shop API and the console do with a checkout's events: list them, send one again. */
@ApplicationScoped
@Transactional
public class ShopEventService {

  private ShopEventOutbox outbox;

  protected ShopEventService() {
    // for CDI proxies
  }

  @Inject
  public ShopEventService(ShopEventOutbox outbox) {
    this.outbox = outbox;
  }

  /** The checkout's events, one per endpoint, oldest first. */
  public List<ShopEventView> ofCheckout(String checkoutId) {
    return views(outbox.ofCheckout(checkoutId));
  }

  /**
   * Queues the event again at every endpoint, due now, whatever became of it before.
   *
   * @return the event's rows after the change; empty when the checkout has no such event
   */
  public List<ShopEventView> redeliver(String checkoutId, String eventId, Instant now) {
    List<ShopEvent> rows =
        outbox.ofCheckout(checkoutId).stream().filter(e -> e.eventId().equals(eventId)).toList();
    rows.forEach(e -> outbox.lock(e.id()).orElseThrow().redeliver(now));
    return views(rows);
  }

  private List<ShopEventView> views(List<ShopEvent> events) {
    List<ShopEventAttempt> attempts =
        outbox.attemptsOf(events.stream().map(ShopEvent::id).toList());
    return events.stream().map(e -> ShopEventView.of(e, attempts)).toList();
  }
}
