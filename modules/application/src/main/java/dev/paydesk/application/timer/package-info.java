/**
 * The calendar timers on every instance: expiry, reconciliation, shop-event delivery and the
 * webhook log's retention.
 */
package dev.paydesk.application.timer;
