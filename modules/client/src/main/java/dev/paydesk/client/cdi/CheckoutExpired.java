package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/**
 * Ended unpaid ({@code checkout.expired}) or with too little ({@code checkout.expired_underpaid}):
 * release the stock.
 */
public final class CheckoutExpired extends PaydeskEvent {

  CheckoutExpired(ShopEvent event) {
    super(event);
  }
}
