/** The merchant console: JSF pages (PrimeFaces) over the application layer, signed in. */
package dev.paydesk.console;
