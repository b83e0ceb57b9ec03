package dev.paydesk.ccpayment.v2.wire;

/** {@code applyAppWithdrawToCwallet}: an internal transfer, no network fee. */
public record WithdrawToCwalletRequest(
    String orderId, Long coinId, String cwalletUser, String amount) {}
