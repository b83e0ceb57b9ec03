package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order's payments and the rule that makes one transaction count once: a report is matched by
 * transaction key (the txid) first, then by gateway record id; a placeholder known only by record
 * id is merged into the payment its txid names. Works on the order's own list, so what it changes
 * is what is stored.
 */
final class OrderLedger {

  /** What a report did to the ledger. */
  enum Change {
    /** A transaction not seen before. */
    NEW,
    /** A known transaction moved forward. */
    ADVANCED,
    /** Exactly what was known, or a stale state already noted: nothing to record. */
    REPEAT,
    /**
     * The first report of an earlier state of a transaction that has moved on: kept as it was, and
     * noted once (later stale reports are repeats).
     */
    OUT_OF_ORDER
  }

  /**
   * @param previous the payment's state before the report (the report's own state when new)
   * @param merged whether a placeholder of the same transaction was dropped
   */
  record Entry(Change change, Payment payment, PaymentStatus previous, boolean merged) {}

  private final Order order;
  private final List<Payment> payments;

  OrderLedger(Order order, List<Payment> payments) {
    this.order = order;
    this.payments = payments;
  }

  Entry record(PaymentReport report, Instant now) {
    boolean merged = dropPlaceholderOf(report);
    if (merged) {
      // the record id stays with the dropped row until this transaction ends (the database deletes
      // after it updates), so the txid's payment does not adopt it; the webhook log keeps it
      report =
          new PaymentReport(
              null,
              report.txid(),
              report.status(),
              report.amount(),
              report.occurredAt(),
              report.source());
    }
    Optional<Payment> known = paymentOf(report);
    if (known.isEmpty()) {
      Payment payment = new Payment(order, report, now);
      payments.add(payment);
      return new Entry(Change.NEW, payment, report.status(), merged);
    }
    Payment payment = known.get();
    PaymentStatus was = payment.status();
    if (payment.advance(report, now)) {
      return new Entry(Change.ADVANCED, payment, was, merged);
    }
    boolean firstStale = was != report.status() && payment.firstStaleReport();
    return new Entry(firstStale ? Change.OUT_OF_ORDER : Change.REPEAT, payment, was, merged);
  }

  /** Sum of confirmed payments, in the order's crypto. */
  BigDecimal amountPaid() {
    return payments.stream().map(Payment::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  boolean hasPaymentInFlight() {
    return payments.stream().anyMatch(p -> p.status().isInFlight());
  }

  private Optional<Payment> paymentOf(PaymentReport report) {
    return byTransactionKey(report).or(() -> byRecordId(report));
  }

  private Optional<Payment> byTransactionKey(PaymentReport report) {
    return payments.stream()
        .filter(p -> p.transactionKey().equals(report.transactionKey()))
        .findFirst();
  }

  private Optional<Payment> byRecordId(PaymentReport report) {
    return report.recordId() == null
        ? Optional.empty()
        : payments.stream()
            .filter(p -> p.recordId().filter(report.recordId()::equals).isPresent())
            .findFirst();
  }

  /**
   * A transaction first reported by record id alone (a {@code pending} webhook, before it had a
   * txid) and since found by its txid ({@code bill/info}, which has no record id) is one
   * transaction kept twice: the uncredited placeholder goes, so it neither counts twice nor holds
   * the order "in flight".
   */
  private boolean dropPlaceholderOf(PaymentReport report) {
    Optional<Payment> placeholder =
        byRecordId(report)
            .filter(p -> p.txid().isEmpty() && p.status().isInFlight())
            .filter(p -> !p.transactionKey().equals(report.transactionKey()));
    if (placeholder.isPresent() && byTransactionKey(report).isPresent()) {
      payments.remove(placeholder.get());
      return true;
    }
    return false;
  }
}
