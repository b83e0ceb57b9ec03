package dev.paydesk.application.order;

import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.order.TimelineEntry.Kind;
import dev.paydesk.domain.payment.EventSource;
import java.time.Instant;

/**
 * One thing that happened to a checkout.
 *
 * @param webhookId the stored raw webhook behind it, if any
 * @param recordId CCPayment's record id of the transaction it is about, if any
 * @param actor the console user who did it, if one did
 */
public record TimelineEntryView(
    int entryNo,
    Instant at,
    Kind kind,
    EventSource source,
    OrderStatus fromStatus,
    OrderStatus toStatus,
    String detail,
    Long webhookId,
    String recordId,
    String actor) {

  /** Whether the entry moved the order to another status (a page shows "from → to"). */
  public boolean statusChange() {
    return toStatus != null && fromStatus != toStatus;
  }

  public static TimelineEntryView of(TimelineEntry entry) {
    return new TimelineEntryView(
        entry.entryNo(),
        entry.occurredAt(),
        entry.kind(),
        entry.source(),
        entry.fromStatus().orElse(null),
        entry.toStatus().orElse(null),
        entry.detail().orElse(null),
        entry.webhookId().orElse(null),
        entry.recordId().orElse(null),
        entry.actor().orElse(null));
  }
}
