package dev.paydesk.ccpayment.v2.wire;

/**
 * {@code applyAppWithdrawToNetwork}: {@code orderId} (3 to 64 characters) is the merchant's own,
 * and CCPayment makes one withdrawal per id. With {@code merchantPayNetworkFee} the buyer receives
 * {@code amount}; without it, {@code amount} less the fee.
 */
public record WithdrawToNetworkRequest(
    String orderId,
    Long coinId,
    String chain,
    String address,
    String memo,
    String amount,
    Boolean merchantPayNetworkFee,
    String networkFeeInquiryID) {}
