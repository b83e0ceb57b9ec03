/** Finding payments whose webhooks were missed, by asking the gateway what it knows. */
package dev.paydesk.application.reconciliation;
