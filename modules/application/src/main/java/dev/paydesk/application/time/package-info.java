/** The one clock every service reads time from, so tests can move it. */
package dev.paydesk.application.time;
