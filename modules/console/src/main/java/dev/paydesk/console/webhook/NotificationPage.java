package dev.paydesk.console.webhook;

import dev.paydesk.application.webhook.NotificationReadService;
import dev.paydesk.application.webhook.NotificationView;
import dev.paydesk.console.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code /console/notification.xhtml?id=…}: one received webhook as it was stored, headers (never
 * the secret) and body, pretty-printed when it is JSON. Shown escaped, whatever it holds.
 */
@Named
@RequestScoped
public class NotificationPage {

  @Inject NotificationReadService reads;

  private String id;
  private NotificationView notification;

  public void load() {
    notification = parse(id) == null ? null : reads.notification(parse(id)).orElse(null);
  }

  private static Long parse(String id) {
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isFound() {
    return notification != null;
  }

  public String getOutcome() {
    return notification.outcome().name();
  }

  public String getReason() {
    return notification.reason() == null ? "" : notification.reason();
  }

  public String getClientAddress() {
    return notification.clientAddress() == null ? "" : notification.clientAddress();
  }

  public String getBodyBytes() {
    return notification.bodyBytes() == null ? "" : notification.bodyBytes() + " B";
  }

  public String getOrderId() {
    return notification.orderId() == null ? "" : notification.orderId();
  }

  public String getHeaders() {
    return notification.headers();
  }

  public String getReceivedAt() {
    return Times.format(notification.receivedAt());
  }

  /** The body indented when it is a JSON document (a rejected excerpt usually is not). */
  public String getPrettyBody() {
    String body = notification.body();
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonStructure json = reader.read();
      StringWriter out = new StringWriter();
      try (var writer =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.write(json);
      }
      return out.toString().strip();
    } catch (JsonException | IllegalStateException e) {
      return body;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
