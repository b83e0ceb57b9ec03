package dev.paydesk.ccpayment.sandbox;

import java.math.BigDecimal;

/**
 * A payment order the sandbox created, as CCPayment would keep it.
 *
 * @param api {@code v1} ({@code bill/create}) or {@code v2} ({@code createAppOrderDepositAddress},
 *     whose {@code orderId} is the merchant order id here and {@code orderId} an internal id)
 */
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
    long createdEpoch,
    String api) {

  static final String V1 = "v1";
  static final String V2 = "v2";

  boolean isV2() {
    return V2.equals(api);
  }

  long expiresEpoch() {
    return createdEpoch + orderValidPeriod;
  }

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
