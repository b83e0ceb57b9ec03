package dev.paydesk.console.order;

import dev.paydesk.application.order.PaymentView;
import dev.paydesk.console.Times;

/** One payment of an order, as the detail page lists it. */
public class PaymentRow {

  private final PaymentView payment;
  private final String explorerUrl;

  PaymentRow(PaymentView payment, String explorerUrl) {
    this.payment = payment;
    this.explorerUrl = explorerUrl;
  }

  public String getRecordId() {
    return payment.recordId() == null ? "" : payment.recordId();
  }

  public String getTxid() {
    return payment.txid() == null ? "" : payment.txid();
  }

  /** The transaction on a public block explorer, when the chain has one Paydesk knows. */
  public String getExplorerUrl() {
    return explorerUrl;
  }

  public String getAmount() {
    return OrderRow.plain(payment.amount());
  }

  public String getStatus() {
    return payment.status().name();
  }

  public String getDetectedAt() {
    return Times.format(payment.detectedAt());
  }
}
