/** What goes into the audit log, and how untrusted text is written there. */
package dev.paydesk.application.audit;
