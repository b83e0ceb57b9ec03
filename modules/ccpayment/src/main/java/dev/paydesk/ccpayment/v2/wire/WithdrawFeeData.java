package dev.paydesk.ccpayment.v2.wire;

/**
 * {@code getWithdrawFee}'s answer: the fee, possibly in another coin (USDT on Polygon costs MATIC),
 * and the quote id a withdrawal may name to lock it.
 */
public record WithdrawFeeData(Fee fee, String networkFeeInquiryID) {

  public record Fee(Long coinId, String coinSymbol, String amount) {}
}
