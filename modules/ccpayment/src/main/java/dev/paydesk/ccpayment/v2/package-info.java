/**
 * CCPayment's API v2 (the one CCPayment tells merchants to use), beside v1: its HMAC-signed client,
 * the wire records of the routes Paydesk calls, and the gateway that translates them. Facts and
 * sources: {@code ../shared/ccpayment-api-v2.md}; where that marks an unknown, the code takes the
 * tolerant reading and says so.
 */
package dev.paydesk.ccpayment.v2;
