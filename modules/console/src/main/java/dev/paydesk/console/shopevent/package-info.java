/**
 * Events for the shop backend in the console: per order, and per endpoint on the deliveries page.
 */
package dev.paydesk.console.shopevent;
