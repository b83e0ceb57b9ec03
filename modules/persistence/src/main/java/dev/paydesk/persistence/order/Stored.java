package dev.paydesk.persistence.order;

import dev.paydesk.domain.order.Order;
import jakarta.persistence.EntityManager;

/** What every store of orders does to an order it hands out. */
final class Stored {

  private Stored() {}

  /** New timeline entries are stored as the order records them: its timeline is never loaded. */
  static Order wired(EntityManager em, Order order) {
    order.timeline().storeWith(em::persist);
    return order;
  }
}
