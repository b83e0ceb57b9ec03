package dev.paydesk.ccpayment.wire;

import java.util.List;

/** One element of {@code bill/info}'s data array: an order and the transactions it received. */
public record BillInfoEntry(
    OrderDetail orderDetail, List<Trade> tradeList, List<Refund> refundList) {

  /** The order as CCPayment sees it; {@code created} is Unix seconds. */
  public record OrderDetail(
      String productPrice,
      String denominatedCurrency,
      String productName,
      String merchantOrderId,
      String chain,
      String contract,
      String crypto,
      String orderAmount,
      String status,
      String tokenRate,
      Long created) {}

  /** One on-chain payment into the order; {@code pay_time} is Unix seconds. */
  public record Trade(
      String amount,
      String chain,
      String contract,
      String crypto,
      String serviceFee,
      String networkFee,
      String txid,
      Long payTime,
      String tokenRate) {}

  /** A refund made from CCPayment's dashboard. */
  public record Refund(
      String refundAmount,
      String networkFee,
      String actualReceivedAmount,
      String chain,
      String contract,
      String crypto,
      String txid,
      String address,
      Long payTime,
      String status) {}
}
