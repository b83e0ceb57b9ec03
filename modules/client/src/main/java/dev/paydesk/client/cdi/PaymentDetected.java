package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/** A payment is seen on chain, not confirmed yet: do not fulfil on this. */
public final class PaymentDetected extends PaydeskEvent {

  PaymentDetected(ShopEvent event) {
    super(event);
  }
}
