package dev.paydesk.ccpayment.v2.wire;

/** {@code getAppDepositRecord}'s answer. */
public record DepositRecordData(DepositRecord record) {}
