/** The stored webhooks. */
package dev.paydesk.persistence.webhook;
