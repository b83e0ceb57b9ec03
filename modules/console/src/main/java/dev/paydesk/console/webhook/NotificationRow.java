package dev.paydesk.console.webhook;

import dev.paydesk.application.webhook.NotificationView;
import dev.paydesk.console.Times;

/** One received webhook in the log's list. */
public class NotificationRow {

  private final NotificationView notification;

  NotificationRow(NotificationView notification) {
    this.notification = notification;
  }

  public long getId() {
    return notification.id();
  }

  public String getReceivedAt() {
    return Times.format(notification.receivedAt());
  }

  public String getOutcome() {
    return notification.outcome().name();
  }

  public String getReason() {
    return notification.reason() == null ? "" : notification.reason();
  }

  public String getRecordId() {
    return notification.recordId() == null ? "" : notification.recordId();
  }

  public String getPayStatus() {
    return notification.payStatus() == null ? "" : notification.payStatus();
  }

  public String getMerchantOrderId() {
    return notification.merchantOrderId() == null ? "" : notification.merchantOrderId();
  }

  public String getOrderId() {
    return notification.orderId() == null ? "" : notification.orderId();
  }

  public String getClientAddress() {
    return notification.clientAddress() == null ? "" : notification.clientAddress();
  }
}
