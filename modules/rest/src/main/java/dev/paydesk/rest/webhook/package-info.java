/** The webhook log for the shop: every webhook CCPayment sent, raw, and what became of it. */
package dev.paydesk.rest.webhook;
