/** The console's webhook pages: one received notification, raw. */
package dev.paydesk.console.webhook;
