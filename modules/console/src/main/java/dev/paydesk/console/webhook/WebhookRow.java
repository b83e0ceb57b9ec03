package dev.paydesk.console.webhook;

import dev.paydesk.application.webhook.WebhookView;
import dev.paydesk.console.Times;

/** One received webhook in the log's list. */
public class WebhookRow {

  private final WebhookView webhook;

  WebhookRow(WebhookView webhook) {
    this.webhook = webhook;
  }

  public long getId() {
    return webhook.id();
  }

  public String getReceivedAt() {
    return Times.format(webhook.receivedAt());
  }

  public String getOutcome() {
    return webhook.outcome().name();
  }

  public String getReason() {
    return webhook.reason() == null ? "" : webhook.reason();
  }

  public String getRecordId() {
    return webhook.recordId() == null ? "" : webhook.recordId();
  }

  public String getPayStatus() {
    return webhook.payStatus() == null ? "" : webhook.payStatus();
  }

  public String getMerchantOrderId() {
    return webhook.merchantOrderId() == null ? "" : webhook.merchantOrderId();
  }

  public String getOrderId() {
    return webhook.orderId() == null ? "" : webhook.orderId();
  }

  public String getClientAddress() {
    return webhook.clientAddress() == null ? "" : webhook.clientAddress();
  }
}
