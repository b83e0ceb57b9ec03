package dev.paydesk.client.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund, as the API answers it and {@code checkout.refund_*} events carry it.
 *
 * @param status AWAITING_ADDRESS, AWAITING_APPROVAL, READY, SENDING, PROCESSING, SUCCEEDED, FAILED
 *     or CANCELLED
 * @param reason OVERPAYMENT, LATE_PAYMENT, CANCELLED_ORDER or FULL_REFUND
 * @param amount in the checkout's crypto
 * @param feePaidBy MERCHANT (the buyer receives {@code amount}) or BUYER (fee taken from it)
 * @param buyerReceives what reaches the buyer
 * @param attempt which withdrawal attempt this is (a failed one can be retried)
 * @param failure CCPayment's reason when it FAILED
 */
public record Refund(
    String id,
    String checkoutId,
    String status,
    String reason,
    BigDecimal amount,
    String crypto,
    String chain,
    String feePaidBy,
    boolean approvalNeeded,
    String requestedBy,
    Instant requestedAt,
    int attempt,
    Destination destination,
    NetworkFee networkFee,
    BigDecimal buyerReceives,
    String approvedBy,
    String txid,
    String failure) {

  /**
   * Where a refund goes: an address on the checkout's chain (memo where it has one) or a Cwallet
   * account.
   *
   * @param type ADDRESS or CWALLET
   */
  public record Destination(String type, String address, String memo, String cwalletUser) {

    public static Destination address(String address, String memo) {
      return new Destination("ADDRESS", address, memo, null);
    }

    public static Destination cwallet(String idOrEmail) {
      return new Destination("CWALLET", null, null, idOrEmail);
    }
  }

  /** CCPayment's network fee for a withdrawal. */
  public record NetworkFee(BigDecimal amount, String crypto) {}

  /** A one-use link for the buyer to give the refund's address, and when it stops working. */
  public record BuyerLink(String url, Instant expiresAt) {}
}
