package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/** Less than the order came in; the buyer may still send the rest until it expires. */
public final class CheckoutUnderpaid extends PaydeskEvent {

  CheckoutUnderpaid(ShopEvent event) {
    super(event);
  }
}
