package dev.paydesk.application.shopevent;

import dev.paydesk.application.order.CheckoutView;

/**
 * The checkout as JSON, exactly as the shop API answers {@code GET /api/v1/checkouts/{id}}: what an
 * event carries, so a shop parses both with one type. Implemented where that representation lives.
 */
public interface CheckoutDocument {

  String json(CheckoutView checkout);
}
