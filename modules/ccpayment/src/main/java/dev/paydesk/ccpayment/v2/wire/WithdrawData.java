package dev.paydesk.ccpayment.v2.wire;

/** The answer of both withdrawal calls: the record CCPayment made. */
public record WithdrawData(String recordId) {}
