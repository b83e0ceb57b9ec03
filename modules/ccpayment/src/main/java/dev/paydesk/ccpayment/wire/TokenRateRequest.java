package dev.paydesk.ccpayment.wire;

/** {@code token/rate} request: how much of a token a USD amount buys. */
public record TokenRateRequest(String tokenId, String amount) {}
