package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEvent;

/**
 * A refund changed state ({@code checkout.refund_<state>}); {@link #refund()} says how it stands.
 */
public final class RefundChanged extends PaydeskEvent {

  RefundChanged(ShopEvent event) {
    super(event);
  }
}
