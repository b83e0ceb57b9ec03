package dev.paydesk.application.fake;

import dev.paydesk.domain.shopevent.EndpointTally;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An outbox a test fills in part: what it does not override fails loudly when used. */
public abstract class PartialShopEventOutbox implements ShopEventOutbox {

  @Override
  public void add(ShopEvent event) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<String> endpointsDue(Instant now) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ShopEvent> due(Instant now, String endpoint, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<ShopEvent> lock(long id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ShopEvent> ofCheckout(String checkoutId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<EndpointTally> tally() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ShopEvent> needingAttention(int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void addAttempt(ShopEventAttempt attempt) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ShopEventAttempt> attemptsOf(List<Long> shopEventIds) {
    throw new UnsupportedOperationException();
  }
}
