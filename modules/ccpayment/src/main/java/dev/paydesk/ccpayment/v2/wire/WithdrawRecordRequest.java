package dev.paydesk.ccpayment.v2.wire;

/** {@code getAppWithdrawRecord}: by record id or by the merchant's order id. */
public record WithdrawRecordRequest(String recordId, String orderId) {}
