/**
 * CCPayment v1 request, response and webhook signatures; shared with the sandbox, which must sign
 * alike.
 */
package dev.paydesk.ccpayment.signature;
