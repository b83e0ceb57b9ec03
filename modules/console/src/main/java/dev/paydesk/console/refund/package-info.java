/** The console's refunds: asked and acted on from an order's page, listed on the Refunds page. */
package dev.paydesk.console.refund;
