/** The webhook log for the shop: every notification CCPayment sent, raw, and what became of it. */
package dev.paydesk.rest.webhook;
