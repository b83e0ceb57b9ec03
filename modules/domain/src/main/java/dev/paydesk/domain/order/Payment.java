package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One on-chain transaction into an order. Part of the {@link Order} aggregate; made and changed
 * only through its {@link OrderLedger}.
 */
public class Payment {

  private Long id;
  private Order order;
  private String transactionKey;
  private String recordId;
  private String txid;
  private PaymentStatus status;
  private BigDecimal amount;
  private EventSource firstSource;
  private Instant firstSeenAt;
  private Instant updatedAt;

  /** Whether a report of an earlier state already arrived after this one had moved on. */
  private boolean staleReported;

  protected Payment() {
    // for the persistence mapping
  }

  Payment(Order order, PaymentReport report, Instant now) {
    this.order = order;
    this.transactionKey = report.transactionKey();
    this.recordId = report.recordId();
    this.txid = report.txid();
    this.status = report.status();
    this.amount = report.amount();
    this.firstSource = report.source();
    this.firstSeenAt = now;
    this.updatedAt = now;
  }

  /**
   * Applies a later report of the same transaction: fills in what was unknown (record id, txid,
   * amount) and moves the status forward. A repeat or a step back changes no state. A payment known
   * by its txid alone that learns its record id is keyed on the record id from then on.
   *
   * @return whether the status moved
   */
  boolean advance(PaymentReport report, Instant now) {
    if (recordId == null && report.recordId() != null) {
      recordId = report.recordId();
      transactionKey = report.transactionKey();
    }
    if (report.hasChainTxid() && !report.txid().equals(txid)) {
      txid = report.txid();
      if (recordId == null) {
        transactionKey = report.transactionKey();
      }
    }
    if (!status.canAdvanceTo(report.status())) {
      return false;
    }
    status = report.status();
    if (report.amount() != null) {
      amount = report.amount();
    }
    updatedAt = now;
    return true;
  }

  /**
   * Notes a report of a state this transaction has left behind.
   *
   * @return whether it is the first such report (later ones are duplicates: a storm repeats them)
   */
  boolean firstStaleReport() {
    if (staleReported) {
      return false;
    }
    staleReported = true;
    return true;
  }

  /** The amount this transaction credits: its amount once successful, else nothing. */
  public BigDecimal credited() {
    return status == PaymentStatus.SUCCESS ? amount : BigDecimal.ZERO;
  }

  public Long id() {
    return id;
  }

  public String transactionKey() {
    return transactionKey;
  }

  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  public Optional<String> txid() {
    return Optional.ofNullable(txid);
  }

  public PaymentStatus status() {
    return status;
  }

  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  public EventSource firstSource() {
    return firstSource;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
