package dev.paydesk.ccpayment.v2.wire;

/**
 * {@code createAppOrderDepositAddress}: a fiat price names its {@code fiatId}; a price in the coin
 * names none. {@code expiredAt} is absolute (seconds).
 */
public record CreateOrderRequest(
    String orderId, Long coinId, String chain, String price, Long fiatId, Long expiredAt) {}
