package dev.paydesk.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one source says about one on-chain transaction into an order.
 *
 * <p>The matching rule that makes a transaction count once: a report names the transaction by its
 * gateway {@code recordId} (webhooks) and/or its chain {@code txid} (webhooks once broadcast, and
 * {@code bill/info} trades, which carry no record id). An order's payment is found by record id
 * first, then by {@link #transactionKey()}; the database holds both unique ({@code
 * uq_payment_record_id}, {@code uq_payment_order_transaction}). CCPayment's internal transfers all
 * carry the txid {@value #INTERNAL_TRANSFER}, so they are keyed by record id.
 *
 * @param amount the paid amount in the order's crypto; may be null before the gateway knows it
 * @param occurredAt when the gateway says it happened, or when Paydesk learnt of it
 */
public record PaymentReport(
    String recordId,
    String txid,
    PaymentStatus status,
    BigDecimal amount,
    Instant occurredAt,
    EventSource source) {

  public static final String INTERNAL_TRANSFER = "internal transfer";

  public PaymentReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    recordId = blankToNull(recordId);
    txid = blankToNull(txid);
    if (recordId == null && !isOnChain(txid)) {
      throw new IllegalArgumentException("a payment needs a record id or an on-chain txid");
    }
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("a paid amount cannot be negative");
    }
    if (status == PaymentStatus.SUCCESS && (amount == null || amount.signum() <= 0)) {
      throw new IllegalArgumentException("a successful payment needs a positive amount");
    }
  }

  /**
   * The transaction's key within its order: the chain txid, or the record id for internal
   * transfers.
   */
  public String transactionKey() {
    return isOnChain(txid) ? "tx:" + txid : "record:" + recordId;
  }

  private static boolean isOnChain(String txid) {
    return txid != null && !txid.equalsIgnoreCase(INTERNAL_TRANSFER);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
