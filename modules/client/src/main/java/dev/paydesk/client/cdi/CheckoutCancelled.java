package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/** Cancelled by the merchant. */
public final class CheckoutCancelled extends PaydeskEvent {

  CheckoutCancelled(ShopEvent event) {
    super(event);
  }
}
