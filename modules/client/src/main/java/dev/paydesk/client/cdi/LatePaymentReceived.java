package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/**
 * Money after the checkout ended that does not cover it: the order stays unpaid; a refund may
 * follow.
 */
public final class LatePaymentReceived extends PaydeskEvent {

  LatePaymentReceived(ShopEvent event) {
    super(event);
  }
}
