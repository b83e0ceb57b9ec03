/**
 * Applying payments to orders, however they are reported (webhooks, reconciliation), each once;
 * late and short money flagged for a person.
 */
package dev.paydesk.application.payment;
