package dev.paydesk.ccpayment.v2.wire;

/** What {@code createAppOrderDepositAddress} answers: where and how much the buyer pays. */
public record CreateOrderData(
    String address, String amount, String memo, String checkoutUrl, Long confirmsNeeded) {}
