/** The port to the payment gateway (CCPayment) and the ways it can fail. */
package dev.paydesk.domain.gateway;
