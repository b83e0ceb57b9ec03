/** The calendar timers that run expiry and reconciliation on every instance. */
package dev.paydesk.application.timer;
