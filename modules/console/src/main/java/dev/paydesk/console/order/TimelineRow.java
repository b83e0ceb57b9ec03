package dev.paydesk.console.order;

import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.console.Times;

/** One timeline entry, as the detail page tells it. */
public class TimelineRow {

  private final TimelineEntryView entry;

  TimelineRow(TimelineEntryView entry) {
    this.entry = entry;
  }

  public int getNo() {
    return entry.entryNo();
  }

  public String getAt() {
    return Times.format(entry.at());
  }

  /** The key of its kind's text in the bundle ({@code timeline.PAYMENT_CONFIRMED}). */
  public String getKind() {
    return entry.kind().name();
  }

  public String getSource() {
    return entry.source().name();
  }

  public String getFromStatus() {
    return entry.fromStatus() == null ? "" : entry.fromStatus().name();
  }

  public String getToStatus() {
    return entry.toStatus() == null ? "" : entry.toStatus().name();
  }

  public boolean isStatusChange() {
    return entry.fromStatus() != entry.toStatus() && entry.toStatus() != null;
  }

  public String getDetail() {
    return entry.detail() == null ? "" : entry.detail();
  }

  public Long getWebhookId() {
    return entry.webhookId();
  }

  /** The console user who did it, if one did. */
  public String getActor() {
    return entry.actor() == null ? "" : entry.actor();
  }

  public String getRecordId() {
    return entry.recordId() == null ? "" : entry.recordId();
  }
}
