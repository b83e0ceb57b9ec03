/** Events for the shop backend, kept in an outbox until delivered: nothing is lost on a restart. */
package dev.paydesk.domain.shopevent;
