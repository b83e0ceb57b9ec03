/** The shop-event outbox in the {@code shop_event} table. */
package dev.paydesk.persistence.shopevent;
