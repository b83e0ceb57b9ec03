/**
 * The MicroProfile Rest Client for CCPayment v1 and the envelope, signature and error handling
 * around it.
 */
package dev.paydesk.ccpayment.client;
