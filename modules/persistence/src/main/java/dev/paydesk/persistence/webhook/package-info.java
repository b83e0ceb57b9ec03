/** The stored webhook notifications. */
package dev.paydesk.persistence.webhook;
