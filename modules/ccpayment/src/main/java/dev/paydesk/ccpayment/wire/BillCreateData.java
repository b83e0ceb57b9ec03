package dev.paydesk.ccpayment.wire;

/**
 * {@code bill/create} response data. {@code amount} is the crypto amount due; older documents show
 * only {@code product_price}, so both are read and either may be missing.
 */
public record BillCreateData(
    String orderId,
    String amount,
    String productPrice,
    String payAddress,
    String memo,
    String network,
    String crypto,
    String tokenId,
    String logo,
    Long orderValidPeriod) {}
