/** Webhooks received from the gateway, kept raw with what was made of them. */
package dev.paydesk.domain.webhook;
