package dev.paydesk.ccpayment.v2.wire;

import java.util.List;

/** {@code getCoinUSDTPrice}. */
public record CoinPricesRequest(List<Long> coinIds) {}
