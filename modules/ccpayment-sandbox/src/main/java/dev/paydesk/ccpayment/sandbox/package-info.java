/**
 * A local CCPayment v1 that behaves like the real one (signing, envelopes, limits, error codes) for
 * local runs, tests and merchants' test mode. Served under {@code /sandbox} only in sandbox mode.
 * It shares nothing with Paydesk but the signing code, so it cannot agree with Paydesk's mistakes.
 */
package dev.paydesk.ccpayment.sandbox;
