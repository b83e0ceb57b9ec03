/**
 * Applying payments (webhooks, reconciliation), expiring unpaid orders, and the timers that drive
 * them.
 */
package dev.paydesk.application.payment;
