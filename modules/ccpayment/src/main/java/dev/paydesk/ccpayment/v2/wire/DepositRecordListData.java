package dev.paydesk.ccpayment.v2.wire;

import java.util.List;

/** A page of deposit records; an empty or absent {@code nextId} means the last page. */
public record DepositRecordListData(List<DepositRecord> records, String nextId) {}
