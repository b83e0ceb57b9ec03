package dev.paydesk.example.shop;

import dev.paydesk.client.cdi.CheckoutExpired;
import dev.paydesk.client.cdi.CheckoutPaid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the shop does when Paydesk says so. The kit calls each observer once per event, in the
 * event's transaction: if one throws, nothing commits and Paydesk delivers the event again.
 */
@ApplicationScoped
public class Fulfilment {

  private static final Logger LOG = Logger.getLogger(Fulfilment.class.getName());

  @Inject Orders orders;

  /** The tutorial's failure drill: fail this many paid events first, as a crashed shop would. */
  @Inject
  @ConfigProperty(name = "example.fail-first-paid-events", defaultValue = "0")
  int failFirst;

  private final AtomicInteger failed = new AtomicInteger();

  void ship(@Observes CheckoutPaid paid) {
    if (failed.getAndIncrement() < failFirst) {
      throw new IllegalStateException("drill: the shop fails on paid event " + paid.id());
    }
    orders.paidAndShipped(paid.merchantOrderId(), Instant.now());
    LOG.info(() -> "Shipped order " + paid.merchantOrderId() + " (" + paid.type() + ")");
  }

  /**
   * The buyer's confirmation, asynchronously (the kit waits for it before answering Paydesk). It
   * runs outside the event's transaction, so it must be harmless to run twice: it sets a flag.
   */
  void confirm(@ObservesAsync CheckoutPaid paid) {
    orders.confirmationSent(paid.merchantOrderId());
    LOG.info(() -> "Confirmation sent for order " + paid.merchantOrderId());
  }

  void release(@Observes CheckoutExpired expired) {
    orders.expired(expired.merchantOrderId());
  }
}
