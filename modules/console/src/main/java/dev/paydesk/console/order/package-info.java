/** The console's order pages: the searchable list and one order with its timeline and actions. */
package dev.paydesk.console.order;
