package dev.paydesk.application.order;

import dev.paydesk.domain.payment.EventSource;

/**
 * Who asks for something done to an order: the shop backend (by API key) or a console user (by
 * name). It goes on the order's timeline.
 */
public record Actor(EventSource source, String name) {

  public static Actor shop() {
    return new Actor(EventSource.SHOP, null);
  }

  public static Actor merchant(String username) {
    return new Actor(EventSource.MERCHANT, username);
  }
}
