/**
 * Refunds (issue 23): asking, giving the destination, approving and cancelling, under the order's
 * lock.
 */
package dev.paydesk.application.refund;
