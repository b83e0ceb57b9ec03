package dev.paydesk.ccpayment.v2.wire;

import java.util.Map;

/** {@code getCoinUSDTPrice}'s answer: each coin's price in USDT, keyed by its id as a string. */
public record CoinPricesData(Map<String, String> prices) {}
