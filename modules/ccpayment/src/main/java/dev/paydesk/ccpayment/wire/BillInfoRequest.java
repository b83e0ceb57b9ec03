package dev.paydesk.ccpayment.wire;

import java.util.List;

/** {@code bill/info} request: up to 100 merchant order ids. */
public record BillInfoRequest(List<String> merchantOrderIds) {

  public static final int MAX_IDS = 100;
}
