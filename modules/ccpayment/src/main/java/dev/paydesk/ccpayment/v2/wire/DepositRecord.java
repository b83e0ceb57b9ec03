package dev.paydesk.ccpayment.v2.wire;

/**
 * One payment as CCPayment v2 keeps it ({@code AppDepositRecordEntity}). {@code amount} is gross;
 * only {@code status} {@code Success} is money, and never while {@code isFlaggedAsRisky}.
 */
public record DepositRecord(
    String recordId,
    String orderId,
    Long coinId,
    String coinSymbol,
    String chain,
    String contract,
    String toAddress,
    String toMemo,
    String amount,
    String serviceFee,
    String txId,
    String status,
    Long arrivedAt,
    Boolean isFlaggedAsRisky) {}
