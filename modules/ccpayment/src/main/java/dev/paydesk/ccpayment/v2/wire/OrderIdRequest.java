package dev.paydesk.ccpayment.v2.wire;

/** {@code getAppOrderInfo}: one merchant order id. */
public record OrderIdRequest(String orderId) {}
