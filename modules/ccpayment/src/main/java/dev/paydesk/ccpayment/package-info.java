/**
 * The CCPayment v1 adapter: Paydesk's {@link dev.paydesk.domain.gateway.PaymentGateway} on
 * CCPayment.
 */
package dev.paydesk.ccpayment;
