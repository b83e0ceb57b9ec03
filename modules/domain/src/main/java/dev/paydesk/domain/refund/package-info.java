/**
 * Refunds (issue 23): money sent back to a buyer through CCPayment's withdrawal API. The rules that
 * keep a refund from ever exceeding what was credited, from being approved by the one who asked,
 * and from being sent twice live here; persistence, the gateway and the pages build on them.
 */
package dev.paydesk.domain.refund;
