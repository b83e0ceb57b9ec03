package dev.paydesk.domain.shopevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of events for the shop backend. */
public interface ShopEventOutbox {

  void add(ShopEvent event);

  /**
   * The events whose next attempt is due, oldest first, at most one per checkout and only the
   * earliest undelivered one of it (events of one checkout arrive in order).
   */
  List<ShopEvent> due(Instant now, int limit);

  /** The event, locked until the transaction ends: how a worker claims it (see ShopEvent#claim). */
  Optional<ShopEvent> lock(long id);

  List<ShopEvent> ofCheckout(String checkoutId);

  void addAttempt(ShopEventAttempt attempt);

  /** The attempts at these events, oldest first. */
  List<ShopEventAttempt> attemptsOf(List<Long> shopEventIds);
}
