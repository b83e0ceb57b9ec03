/** The console's dashboard: figures from aggregate queries, and what needs a person's attention. */
package dev.paydesk.application.dashboard;
