package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened to an order: what, when, caused by whom, and the raw webhook and gateway
 * record behind it. Made by the order (see the factories), numbered by it in the order it happened.
 */
public class TimelineEntry {

  /** What happened. */
  public enum Kind {
    CREATED,
    GATEWAY_FAILED,
    GATEWAY_RETRIED,
    ADDRESS_ASSIGNED,
    PAYMENT_DETECTED,
    PAYMENT_CONFIRMED,
    PAYMENT_FAILED,
    OUT_OF_ORDER_IGNORED,
    STATUS_CHANGED,
    EXPIRED,
    CHECKED_AT_GATEWAY,
    NOTE,
    CANCELLED,
    /** Something a person must look at (a late part-payment, a failure after a credit). */
    REVIEW_FLAGGED,
    /** A person looked at what was flagged. */
    REVIEWED,
    /** Someone had an event sent to the shop again. */
    SHOP_EVENT_SENT_AGAIN,
    /** A step of a refund of the order's money (asked, approved, cancelled, …). */
    REFUND;

    /** The entry for a payment that is now in {@code status}. */
    static Kind ofPayment(PaymentStatus status) {
      return switch (status) {
        case PENDING, PROCESSING -> PAYMENT_DETECTED;
        case SUCCESS -> PAYMENT_CONFIRMED;
        case FAILED -> PAYMENT_FAILED;
      };
    }
  }

  static final int MAX_DETAIL = 500;

  private Long id;
  private Order order;
  private int entryNo;
  private Instant occurredAt;
  private Kind kind;
  private EventSource source;
  private OrderStatus fromStatus;
  private OrderStatus toStatus;
  private String detail;
  private Long webhookId;
  private String recordId;
  private String actor;

  protected TimelineEntry() {
    // for the persistence mapping
  }

  private TimelineEntry(
      Kind kind,
      EventSource source,
      OrderStatus fromStatus,
      OrderStatus toStatus,
      String detail,
      String recordId,
      Long webhookId) {
    this.kind = kind;
    this.source = source;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.detail =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    this.recordId = recordId;
    this.webhookId = webhookId;
  }

  /** Something a named person (or the shop) did. */
  static TimelineEntry by(
      Kind kind,
      EventSource source,
      String actor,
      OrderStatus from,
      OrderStatus to,
      String detail) {
    TimelineEntry entry = new TimelineEntry(kind, source, from, to, detail, null, null);
    entry.actor = actor;
    return entry;
  }

  /** Something a console user did. */
  static TimelineEntry byMerchant(
      Kind kind, String actor, OrderStatus from, OrderStatus to, String detail) {
    return by(kind, EventSource.MERCHANT, actor, from, to, detail);
  }

  /** A person's decision about one gateway record (a payment CCPayment flagged risky). */
  static TimelineEntry aboutRecord(
      Kind kind, String actor, OrderStatus status, String recordId, String detail) {
    TimelineEntry entry =
        new TimelineEntry(kind, EventSource.MERCHANT, status, status, detail, recordId, null);
    entry.actor = actor;
    return entry;
  }

  /** The order was made, or moved from one status to another by the shop or a timer. */
  static TimelineEntry transition(
      Kind kind, EventSource source, OrderStatus from, OrderStatus to, String detail) {
    return new TimelineEntry(kind, source, from, to, detail, null, null);
  }

  /** What a report said of one transaction (the order's status is left as it was). */
  static TimelineEntry payment(
      Kind kind,
      OrderStatus status,
      PaymentReport report,
      String recordId,
      Long webhookId,
      String detail) {
    return new TimelineEntry(kind, report.source(), status, status, detail, recordId, webhookId);
  }

  /** The status the order's payments now justify. */
  static TimelineEntry statusDecided(
      OrderStatus from,
      OrderStatus to,
      PaymentReport report,
      String recordId,
      Long webhookId,
      String detail) {
    return new TimelineEntry(
        Kind.STATUS_CHANGED, report.source(), from, to, detail, recordId, webhookId);
  }

  /** Places the entry on the order's timeline. */
  void attach(Order order, int entryNo, Instant occurredAt) {
    this.order = order;
    this.entryNo = entryNo;
    this.occurredAt = occurredAt;
  }

  public Long id() {
    return id;
  }

  /** Its place in the order's timeline, from 1. */
  public int entryNo() {
    return entryNo;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Kind kind() {
    return kind;
  }

  public EventSource source() {
    return source;
  }

  public Optional<OrderStatus> fromStatus() {
    return Optional.ofNullable(fromStatus);
  }

  public Optional<OrderStatus> toStatus() {
    return Optional.ofNullable(toStatus);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The stored raw webhook this entry came from, if it came from one. */
  public Optional<Long> webhookId() {
    return Optional.ofNullable(webhookId);
  }

  /** Who did it, when a person (a console user) did. */
  public Optional<String> actor() {
    return Optional.ofNullable(actor);
  }

  /** CCPayment's record id of the transaction this entry is about, when known. */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }
}
