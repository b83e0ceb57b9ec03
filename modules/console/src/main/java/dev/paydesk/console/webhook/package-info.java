/** The console's webhook pages: the log, and one received webhook, raw. */
package dev.paydesk.console.webhook;
