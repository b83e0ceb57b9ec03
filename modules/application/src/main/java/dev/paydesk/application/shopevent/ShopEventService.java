package dev.paydesk.application.shopevent;

import dev.paydesk.application.order.Actor;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.shopevent.EndpointTally;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shop API and the console do with events: list a checkout's, send one again, see how each
 * endpoint fares.
 */
@ApplicationScoped
@Transactional
public class ShopEventService {

  /** How many events the console's deliveries page lists. */
  public static final int ATTENTION_LIMIT = 100;

  private static final Comparator<EndpointTally> FAILING_FIRST =
      Comparator.comparing((EndpointTally t) -> !t.isFailing())
          .thenComparing(t -> -(t.failed() + t.retrying()))
          .thenComparing(EndpointTally::endpoint);

  private ShopEventOutbox outbox;
  private ShopEventSettings settings;
  private OrderRepository orders;

  protected ShopEventService() {
    // for CDI proxies
  }

  @Inject
  public ShopEventService(
      ShopEventOutbox outbox, ShopEventSettings settings, OrderRepository orders) {
    this.outbox = outbox;
    this.settings = settings;
    this.orders = orders;
  }

  /**
   * Every endpoint events go or went to (the configured ones, even before their first event),
   * failing ones first, those with the most trouble first among them.
   */
  public List<EndpointTally> endpoints() {
    Map<String, EndpointTally> byEndpoint = new LinkedHashMap<>();
    settings.endpoints().forEach(e -> byEndpoint.put(e, EndpointTally.none(e)));
    outbox.tally().forEach(t -> byEndpoint.put(t.endpoint(), t));
    return byEndpoint.values().stream().sorted(FAILING_FIRST).toList();
  }

  /** Events given up on or failing now, newest first, with their attempts. */
  public List<ShopEventView> needingAttention() {
    return views(outbox.needingAttention(ATTENTION_LIMIT));
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
  public List<ShopEventView> redeliver(String checkoutId, String eventId, Instant now, Actor by) {
    List<ShopEvent> rows =
        outbox.ofCheckout(checkoutId).stream().filter(e -> e.eventId().equals(eventId)).toList();
    rows.forEach(e -> outbox.lock(e.id()).orElseThrow().redeliver(now));
    if (!rows.isEmpty()) {
      // who pressed "Send again" goes on the order's timeline
      CheckoutId.parse(checkoutId)
          .flatMap(orders::lock)
          .ifPresent(
              o -> o.shopEventSentAgain(eventId, rows.get(0).type(), by.source(), by.name(), now));
    }
    return views(rows);
  }

  private List<ShopEventView> views(List<ShopEvent> events) {
    List<ShopEventAttempt> attempts =
        outbox.attemptsOf(events.stream().map(ShopEvent::id).toList());
    return events.stream().map(e -> ShopEventView.of(e, attempts)).toList();
  }
}
