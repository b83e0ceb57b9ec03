/** CCPayment v1 request and response bodies, field for field (snake_case on the wire). */
package dev.paydesk.ccpayment.wire;
