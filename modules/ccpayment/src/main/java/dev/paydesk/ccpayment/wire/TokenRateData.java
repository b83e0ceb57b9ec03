package dev.paydesk.ccpayment.wire;

/**
 * {@code token/rate} response data: the token's USD price and the token amount for the requested
 * USD.
 */
public record TokenRateData(String price, String value) {}
