/** The read side of the webhook log: what was received and what became of it. */
package dev.paydesk.application.webhook;
