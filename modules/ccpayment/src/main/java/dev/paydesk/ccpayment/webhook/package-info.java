/**
 * CCPayment's webhooks: verified over the raw bytes, stored, applied once, acknowledged after
 * commit.
 */
package dev.paydesk.ccpayment.webhook;
