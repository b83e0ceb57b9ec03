package dev.paydesk.ccpayment.v2.wire;

/** {@code getWithdrawFee}: a coin on a chain. */
public record WithdrawFeeRequest(Long coinId, String chain) {}
