package dev.paydesk.domain.shopevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of events for the shop backend. */
public interface ShopEventOutbox {

  void add(ShopEvent event);

  /** The endpoints that have an event due now (each is served on its own). */
  List<String> endpointsDue(Instant now);

  /**
   * The events for this endpoint whose next attempt is due, oldest first, at most one per checkout
   * and only the earliest undelivered one of it (events of one checkout arrive in order).
   */
  List<ShopEvent> due(Instant now, String endpoint, int limit);

  /** The event, locked until the transaction ends: how a worker claims it (see ShopEvent#claim). */
  Optional<ShopEvent> lock(long id);

  List<ShopEvent> ofCheckout(String checkoutId);

  /** Every endpoint that has events, with its events counted by where delivery stands. */
  List<EndpointTally> tally();

  /** Events that failed for good or whose last attempt failed, newest first. */
  List<ShopEvent> needingAttention(int limit);

  void addAttempt(ShopEventAttempt attempt);

  /** The attempts at these events, oldest first. */
  List<ShopEventAttempt> attemptsOf(List<Long> shopEventIds);
}
