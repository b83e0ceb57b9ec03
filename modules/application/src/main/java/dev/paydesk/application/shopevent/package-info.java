/** Telling the shop backend what became of its checkouts: signed events from a durable outbox. */
package dev.paydesk.application.shopevent;
