package dev.paydesk.rest.checkout;

import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent status changes per checkout, for the buyer's page. Changes are sent after their
 * transaction commits. This instance's listeners hear this instance's changes; behind a load
 * balancer, pin the event stream (or fall back to polling the checkout).
 */
@ApplicationScoped
public class CheckoutEvents {

  private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
  private volatile Sse sse;

  void subscribe(String checkoutId, OrderStatus currentStatus, SseEventSink sink, Sse sse) {
    this.sse = sse;
    sink.send(event(sse, checkoutId, currentStatus.name(), null));
    broadcasters
        .computeIfAbsent(
            checkoutId,
            id -> {
              SseBroadcaster broadcaster = sse.newBroadcaster();
              broadcaster.onError((s, e) -> s.close());
              return broadcaster;
            })
        .register(sink);
  }

  void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
    SseBroadcaster broadcaster = broadcasters.get(change.checkoutId().value());
    Sse current = sse;
    if (broadcaster != null && current != null) {
      broadcaster
          .broadcast(
              event(current, change.checkoutId().value(), change.to().name(), change.from().name()))
          .whenComplete(
              (done, failure) -> {
                if (change.to().isExpired() || change.to() == OrderStatus.OVERPAID) {
                  // nothing more will happen that a buyer waits for: end the stream, free the
                  // broadcaster
                  broadcasters.remove(change.checkoutId().value(), broadcaster);
                  broadcaster.close();
                }
              });
    }
  }

  private static OutboundSseEvent event(Sse sse, String id, String status, String previous) {
    var data = Json.createObjectBuilder().add("id", id).add("status", status);
    if (previous != null) {
      data.add("previousStatus", previous);
    }
    return sse.newEventBuilder()
        .name("status")
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(String.class, data.build().toString())
        .build();
  }
}
