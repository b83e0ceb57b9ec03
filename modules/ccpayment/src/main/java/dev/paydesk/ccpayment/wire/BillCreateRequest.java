package dev.paydesk.ccpayment.wire;

/** {@code bill/create} request. Amounts are strings, as CCPayment expects. */
public record BillCreateRequest(
    String merchantOrderId,
    String productPrice,
    String tokenId,
    String denominatedCurrency,
    Long orderValidPeriod,
    String remark) {}
