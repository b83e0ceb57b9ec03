package dev.paydesk.ccpayment.v2.wire;

/** {@code rescanLostTransaction}: where the transaction went and its id ({@code memo} optional). */
public record RescanRequest(String chain, String toAddress, String txId, String memo) {}
