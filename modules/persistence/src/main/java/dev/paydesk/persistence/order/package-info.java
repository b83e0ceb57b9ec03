/** Stored payment orders. */
package dev.paydesk.persistence.order;
