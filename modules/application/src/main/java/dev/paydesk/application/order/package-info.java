/** The read side of orders: checkout, timeline and search views, each built in one transaction. */
package dev.paydesk.application.order;
