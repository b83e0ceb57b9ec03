package dev.paydesk.console.shopevent;

import dev.paydesk.application.shopevent.ShopEventView;
import dev.paydesk.console.Times;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One event at one endpoint, as the order page and the deliveries page list it. */
public class ShopEventRow {

  private final ShopEventView event;

  public ShopEventRow(ShopEventView event) {
    this.event = event;
  }

  public static List<ShopEventRow> of(List<ShopEventView> events) {
    return events.stream().map(ShopEventRow::new).toList();
  }

  public String getEventId() {
    return event.eventId();
  }

  public String getCheckoutId() {
    return event.checkoutId();
  }

  public String getType() {
    return event.type();
  }

  public String getEndpoint() {
    return event.endpoint();
  }

  public String getStatus() {
    return event.status();
  }

  public int getAttempts() {
    return event.attempts();
  }

  public String getCreatedAt() {
    return Times.format(event.createdAt());
  }

  /** When it is tried next; nothing once delivered or given up. */
  public String getNextAttemptAt() {
    return "PENDING".equals(event.status()) ? Times.format(event.nextAttemptAt()) : "";
  }

  public String getDeliveredAt() {
    return Times.format(event.deliveredAt());
  }

  /** What the last attempt got: its error (with the HTTP status when one came), or the status. */
  public String getLastAnswer() {
    if (event.lastError() != null) {
      return event.lastError();
    }
    return event.lastStatus() == null ? "" : "HTTP " + event.lastStatus();
  }

  /** The attempts, newest first, each as one line: when, answer, latency, excerpt. */
  public List<String> getHistory() {
    List<ShopEventView.Attempt> newestFirst = new ArrayList<>(event.history());
    Collections.reverse(newestFirst);
    return newestFirst.stream()
        .map(
            a ->
                Times.format(a.at())
                    + " · "
                    + (a.httpStatus() == null ? "—" : "HTTP " + a.httpStatus())
                    + " · "
                    + a.latencyMillis()
                    + " ms"
                    + (a.excerpt() == null || a.excerpt().isEmpty() ? "" : " · " + a.excerpt()))
        .toList();
  }
}
