package dev.paydesk.ccpayment.sandbox;

import java.math.BigDecimal;

/**
 * A simulated on-chain payment into a sandbox order.
 *
 * @param status the CCPayment {@code pay_status}: pending, processing, success or failed
 * @param delivered whether the final webhook was acknowledged by the merchant
 * @param risky flagged risky by CCPayment (v2's {@code isFlaggedAsRisky}): not credited
 */
record SandboxTrade(
    String orderId,
    String recordId,
    String txid,
    BigDecimal amount,
    String status,
    long payTime,
    boolean delivered,
    boolean risky) {

  boolean isSuccess() {
    return "success".equals(status);
  }
}
