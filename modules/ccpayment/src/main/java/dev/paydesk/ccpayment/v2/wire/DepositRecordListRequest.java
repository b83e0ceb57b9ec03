package dev.paydesk.ccpayment.v2.wire;

import java.util.List;

/**
 * {@code getAppDepositRecordList} for some orders (at most {@link #MAX_ORDER_IDS}); {@code nextId}
 * continues a listing.
 */
public record DepositRecordListRequest(List<String> orderIds, String nextId) {

  /** The most order ids one call may name. */
  public static final int MAX_ORDER_IDS = 50;
}
