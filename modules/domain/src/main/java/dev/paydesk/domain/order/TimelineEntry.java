package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.EventSource;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened to an order: what, when, caused by whom, and the raw notification behind
 * it.
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
    EXPIRED
  }

  private Long id;
  private Order order;
  private int entryNo;
  private Instant occurredAt;
  private Kind kind;
  private EventSource source;
  private OrderStatus fromStatus;
  private OrderStatus toStatus;
  private String detail;
  private Long notificationId;

  protected TimelineEntry() {
    // for the persistence mapping
  }

  TimelineEntry(
      Order order,
      int entryNo,
      Instant occurredAt,
      Kind kind,
      EventSource source,
      OrderStatus fromStatus,
      OrderStatus toStatus,
      String detail,
      Long notificationId) {
    this.order = order;
    this.entryNo = entryNo;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.source = source;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    this.notificationId = notificationId;
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

  /** The stored raw notification this entry came from, if it came from one. */
  public Optional<Long> notificationId() {
    return Optional.ofNullable(notificationId);
  }
}
