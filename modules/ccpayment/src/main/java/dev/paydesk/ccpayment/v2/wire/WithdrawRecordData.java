package dev.paydesk.ccpayment.v2.wire;

/** {@code getAppWithdrawRecord}'s answer. */
public record WithdrawRecordData(Record record) {

  /**
   * @param status {@code WaitingApproval}, {@code Rejected}, {@code Processing}, {@code Success} or
   *     {@code Failed}
   * @param reason why it failed or was rejected
   */
  public record Record(
      String recordId,
      String withdrawType,
      String coinSymbol,
      String chain,
      String toAddress,
      String toMemo,
      String cwalletUser,
      String orderId,
      String txId,
      String status,
      String amount,
      String reason) {}
}
