package dev.paydesk.client.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A checkout as {@code GET /api/v1/checkouts/{id}} answers it. Amounts are exact; address fields
 * are null until the checkout can be paid.
 *
 * @param status CREATING, GATEWAY_FAILED, AWAITING_PAYMENT, PAYMENT_DETECTED, UNDERPAID, PAID,
 *     OVERPAID, EXPIRED, EXPIRED_UNDERPAID, PAID_LATE or CANCELLED (a string, so that a status a
 *     later Paydesk adds does not break this client; {@link #moneyCoversTheOrder()} reads it)
 * @param cryptoAmount the crypto amount due
 * @param amountPaid the sum of confirmed payments
 * @param checkoutUrl the buyer's checkout page: send or link the buyer here
 * @param livemode false when made in sandbox (test) mode, with no real money
 */
public record Checkout(
    String id,
    String status,
    String merchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    BigDecimal cryptoAmount,
    BigDecimal amountPaid,
    BigDecimal amountRemaining,
    String crypto,
    String network,
    String payAddress,
    String memo,
    String logo,
    String ccpaymentOrderId,
    String ccpaymentApi,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    Instant expiredAt,
    URI qrUrl,
    URI statusUrl,
    URI checkoutUrl,
    String returnUrl,
    List<Payment> payments,
    boolean livemode) {

  private static final Set<String> COVERED = Set.of("PAID", "OVERPAID", "PAID_LATE");

  /** Whether the money covers the order: PAID, OVERPAID or PAID_LATE, and nothing else. */
  public boolean moneyCoversTheOrder() {
    return COVERED.contains(status);
  }

  /** One on-chain payment; only {@code SUCCESS} ones count towards {@code amountPaid}. */
  public record Payment(
      String recordId,
      String txid,
      BigDecimal amount,
      String status,
      Instant detectedAt,
      Instant updatedAt) {}
}
