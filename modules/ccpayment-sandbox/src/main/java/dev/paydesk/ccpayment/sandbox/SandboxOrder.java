package dev.paydesk.ccpayment.sandbox;

import java.math.BigDecimal;

/** A payment order the sandbox created, as CCPayment would keep it. */
record SandboxOrder(
    String orderId,
    String appId,
    String merchantOrderId,
    String tokenId,
    BigDecimal productPrice,
    String denominatedCurrency,
    BigDecimal orderAmount,
    BigDecimal tokenRate,
    BigDecimal fiatRate,
    String payAddress,
    String memo,
    String remark,
    String notifyUrl,
    String customValue,
    long orderValidPeriod,
    long createdEpoch) {

  /** The price as CCPayment writes it: cents, or the token amount without trailing zeros. */
  String productPriceText() {
    return SandboxGateway.PRICED_IN_TOKEN.equals(denominatedCurrency)
        ? productPrice.stripTrailingZeros().toPlainString()
        : productPrice.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  boolean isExpiredAt(long epochSecond) {
    return epochSecond >= createdEpoch + orderValidPeriod;
  }
}
