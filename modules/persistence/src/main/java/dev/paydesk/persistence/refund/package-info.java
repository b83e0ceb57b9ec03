/** Refunds in the {@code refund} table. */
package dev.paydesk.persistence.refund;
