package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/**
 * The money covers the order: {@code checkout.paid}, {@code checkout.overpaid} or {@code
 * checkout.paid_late}. Fulfil here.
 */
public final class CheckoutPaid extends PaydeskEvent {

  CheckoutPaid(ShopEvent event) {
    super(event);
  }
}
