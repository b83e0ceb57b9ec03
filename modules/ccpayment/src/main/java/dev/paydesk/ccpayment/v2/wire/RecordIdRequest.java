package dev.paydesk.ccpayment.v2.wire;

/** {@code getAppDepositRecord}: one record id. */
public record RecordIdRequest(String recordId) {}
