package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.Locale;

/** How the timeline and the review queue write amounts and payments for people. */
final class TimelineText {

  private TimelineText() {}

  /** "success 10 tx 0xab…" or, without a txid, "… record 2024…". */
  static String payment(PaymentReport report) {
    return word(report.status())
        + " "
        + (report.amount() == null ? "" : plain(report.amount()) + " ")
        + (report.txid() != null ? "tx " + report.txid() : "record " + report.recordId());
  }

  /** "paid 4 of 10 USDT". */
  static String paidSoFar(BigDecimal paid, PayInstructions pay) {
    return paidSoFar(paid, pay.cryptoAmount(), pay.crypto());
  }

  static String paidSoFar(BigDecimal paid, BigDecimal due, String crypto) {
    return "paid " + plain(paid) + " of " + plain(due) + " " + crypto;
  }

  /** Where the gateway keeps the order: " (CCPayment v1 order 123)", " (CCPayment v2)". */
  static String atCcPayment(GatewayAttempt attempt) {
    return " (CCPayment "
        + attempt.api().label()
        + attempt.gatewayOrderId().map(id -> " order " + id).orElse("")
        + ")";
  }

  /** The review reason for a {@code failed} report of a payment already credited. */
  static String failedAfterCredit(PaymentReport report) {
    return "CCPayment reported "
        + payment(report)
        + " after it had been credited: check the transaction at CCPayment";
  }

  /** The review reason for a new {@code failed} record beside a credit known by its txid only. */
  static String failedBesideTxidCredit(PaymentReport report) {
    return "CCPayment reported "
        + payment(report)
        + " while a payment known only by its txid (from reconciliation) is credited: it may be"
        + " the same transaction";
  }

  /** The review reason for money that came after the order ended and does not cover it. */
  static String latePartPayment(
      BigDecimal credited, String crypto, OrderStatus ended, String paidSoFar) {
    return "late part-payment: "
        + plain(credited)
        + " "
        + crypto
        + " arrived after the order "
        + (ended == OrderStatus.CANCELLED ? "was cancelled" : "expired")
        + "; "
        + paidSoFar
        + ", not enough to count as paid";
  }

  /** A rescan someone asked for, with what CCPayment answered. */
  static String rescan(String txid, String answer) {
    return "asked CCPayment to look for transaction " + txid + ": " + answer;
  }

  /** The review reason for a report in another asset than the order's. */
  static String notCredited(String differences, String checkoutId) {
    return "reports "
        + differences
        + " for checkout "
        + checkoutId
        + ": not credited; look it up at CCPayment";
  }

  /** An amount as people write it: exact, without the stored scale's trailing zeros. */
  static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  static String word(PaymentStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
