package dev.paydesk.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one source says about one on-chain transaction into an order.
 *
 * <p>The matching rule that makes a transaction count once: a report names the transaction by its
 * gateway {@code recordId} (webhooks) and/or its chain {@code txid} (webhooks once broadcast, and
 * {@code bill/info} trades, which carry no record id). A payment is keyed on its record id when it
 * has one (two records in one chain transaction are two payments), on its txid otherwise; the
 * database holds both unique ({@code uq_payment_record_id}, {@code uq_payment_order_transaction}).
 * Txids are kept in their canonical form: hexadecimal ones (EVM, Tron, Bitcoin, XRP) are
 * case-insensitive on every chain and are lower-cased, any other (base58, base64) is kept as it is.
 * CCPayment's internal transfers all carry the txid {@value #INTERNAL_TRANSFER}, so they are keyed
 * by record id.
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

  private static final Pattern HEX = Pattern.compile("(0[xX])?[0-9a-fA-F]+");

  public PaymentReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    recordId = blankToNull(recordId);
    txid = canonicalTxid(txid);
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
   * The payment's key within its order: the gateway's record id, or the (canonical) chain txid of a
   * report that has none.
   */
  public String transactionKey() {
    return recordId != null ? "record:" + recordId : "tx:" + txid;
  }

  /** Whether it names a chain transaction (not an internal transfer, not unknown yet). */
  public boolean hasChainTxid() {
    return isOnChain(txid);
  }

  /**
   * A txid as it is matched and stored: trimmed; lower-cased when hexadecimal (with or without
   * {@code 0x}), the one spelling every hex chain accepts in either case; as it is otherwise.
   */
  public static String canonicalTxid(String txid) {
    String t = blankToNull(txid);
    if (t == null || !HEX.matcher(t).matches()) {
      return t;
    }
    return t.toLowerCase(Locale.ROOT);
  }

  private static boolean isOnChain(String txid) {
    return txid != null && !txid.equalsIgnoreCase(INTERNAL_TRANSFER);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
