package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order's payments and the rule that makes one transaction count once: a report with a record id
 * is that record's payment (two records in one chain transaction are two payments); a record first
 * seen by its txid alone ({@code bill/info} has no record ids) adopts its record id when a webhook
 * names both; a report with a txid alone is the payment of that txid. Txids are compared in their
 * canonical form ({@link PaymentReport#canonicalTxid}). Works on the order's own list, so what it
 * changes is what is stored.
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
    if (report.recordId() != null) {
      Optional<Payment> known = byRecordId(report.recordId());
      if (known.isPresent()) {
        Optional<Payment> sameTransaction = placeholderTwin(known.get(), report);
        if (sameTransaction.isPresent()) {
          payments.remove(known.get());
          // the record id stays with the dropped row until this transaction ends (the database
          // deletes after it updates), so the txid's payment adopts it on a later report
          return apply(sameTransaction.get(), withoutRecordId(report), now, true);
        }
        return apply(known.get(), report, now, false);
      }
      Optional<Payment> byTxidAlone =
          report.hasChainTxid()
              ? payments.stream()
                  .filter(p -> p.recordId().isEmpty())
                  .filter(p -> p.txid().filter(report.txid()::equals).isPresent())
                  .findFirst()
              : Optional.empty();
      if (byTxidAlone.isPresent()) {
        return apply(byTxidAlone.get(), report, now, false);
      }
      return added(report, now);
    }
    // a txid alone: any payment of that transaction, the one of the same amount first
    List<Payment> ofTxid =
        payments.stream().filter(p -> p.txid().filter(report.txid()::equals).isPresent()).toList();
    if (ofTxid.isEmpty()) {
      return added(report, now);
    }
    Payment match =
        ofTxid.stream()
            .filter(
                p ->
                    report.amount() != null
                        && p.amount().filter(a -> a.compareTo(report.amount()) == 0).isPresent())
            .findFirst()
            .orElse(ofTxid.get(0));
    return apply(match, report, now, false);
  }

  private Entry added(PaymentReport report, Instant now) {
    Payment payment = new Payment(order, report, now);
    payments.add(payment);
    return new Entry(Change.NEW, payment, report.status(), false);
  }

  private static Entry apply(Payment payment, PaymentReport report, Instant now, boolean merged) {
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

  /**
   * Why what a report did needs a person, if it does: a failure reported after the payment was
   * credited, or a new failure beside a credit known by its txid alone (they may be one payment).
   */
  Optional<String> whyReview(Entry entry, PaymentReport report) {
    if (report.status() != PaymentStatus.FAILED) {
      return Optional.empty();
    }
    if (entry.change() == Change.OUT_OF_ORDER && entry.previous() == PaymentStatus.SUCCESS) {
      return Optional.of(TimelineText.failedAfterCredit(report));
    }
    if (entry.change() == Change.NEW && hasCreditWithoutRecord()) {
      return Optional.of(TimelineText.failedBesideTxidCredit(report));
    }
    return Optional.empty();
  }

  /** Whether a payment known by its txid alone (reconciliation) has been credited. */
  private boolean hasCreditWithoutRecord() {
    return payments.stream()
        .anyMatch(p -> p.recordId().isEmpty() && p.status() == PaymentStatus.SUCCESS);
  }

  private Optional<Payment> byRecordId(String recordId) {
    return payments.stream()
        .filter(p -> p.recordId().filter(recordId::equals).isPresent())
        .findFirst();
  }

  /**
   * A transaction first reported by record id alone (a {@code pending} webhook, before it had a
   * txid) and since found by its txid ({@code bill/info}, which has no record id) is one
   * transaction kept twice: the uncredited placeholder goes, so it neither counts twice nor holds
   * the order "in flight".
   */
  private Optional<Payment> placeholderTwin(Payment byRecord, PaymentReport report) {
    if (!report.hasChainTxid() || byRecord.txid().isPresent() || !byRecord.status().isInFlight()) {
      return Optional.empty();
    }
    return payments.stream()
        .filter(p -> p != byRecord && p.recordId().isEmpty())
        .filter(p -> p.txid().filter(report.txid()::equals).isPresent())
        .findFirst();
  }

  private static PaymentReport withoutRecordId(PaymentReport report) {
    return new PaymentReport(
        null,
        report.txid(),
        report.status(),
        report.amount(),
        report.occurredAt(),
        report.source());
  }
}
