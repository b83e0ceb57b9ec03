/**
 * CCPayment v2's request and answer shapes, field for field (camelCase, amounts as decimal strings,
 * times as seconds). Answers are read leniently: any field may be absent.
 */
package dev.paydesk.ccpayment.v2.wire;
