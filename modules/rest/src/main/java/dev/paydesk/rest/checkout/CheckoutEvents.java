package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.StatusChangedElsewhere;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-sent status changes per checkout, for the buyer's page. Each event has an id; a comment
 * line goes to every open stream every {@code paydesk.sse.heartbeat} (15 s), so that proxies do not
 * cut an idle stream; a stream ends once the checkout is no longer {@linkplain OrderStatus#isOpen()
 * open} (the buyer has nothing left to wait for). Changes are sent after their transaction commits.
 * Changes made on other instances on the same PostgreSQL arrive as {@link StatusChangedElsewhere}
 * (LISTEN/NOTIFY), so a stream on any instance hears every change.
 */
@ApplicationScoped
public class CheckoutEvents {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
  private volatile Sse sse;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "paydesk.sse.heartbeat", defaultValue = "PT15S")
  Duration heartbeat;

  private ScheduledFuture<?> heartbeats;

  @PostConstruct
  void startHeartbeats() {
    long every = Math.max(1, heartbeat.toMillis());
    heartbeats = scheduler.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopHeartbeats() {
    if (heartbeats != null) {
      heartbeats.cancel(false);
    }
    broadcasters.values().forEach(SseBroadcaster::close);
  }

  /**
   * Sends the checkout's status now, then every change. The stream is registered before the status
   * it starts with is read, so that a change committed meanwhile is not missed (it may then arrive
   * twice, which a client tells by the event id).
   */
  void subscribe(String checkoutId, Supplier<CheckoutView> current, SseEventSink sink, Sse sse) {
    this.sse = sse;
    CheckoutView before = current.get();
    if (!before.status().isOpen()) {
      sink.send(event(sse, checkoutId, before.status(), null, before.updatedAt()));
      sink.close();
      return;
    }
    broadcasters
        .computeIfAbsent(
            checkoutId,
            id -> {
              SseBroadcaster broadcaster = sse.newBroadcaster();
              broadcaster.onError((s, e) -> s.close());
              return broadcaster;
            })
        .register(sink);
    CheckoutView now = current.get();
    sink.send(event(sse, checkoutId, now.status(), null, now.updatedAt()));
  }

  void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
    broadcast(change.checkoutId().value(), change.to(), change.from(), change.at());
  }

  /** A change another instance made (see the persistence layer's status relay). */
  void statusChangedElsewhere(@Observes StatusChangedElsewhere change) {
    broadcast(change.checkoutId().value(), change.to(), change.from(), change.at());
  }

  private void broadcast(String id, OrderStatus to, OrderStatus from, Instant at) {
    SseBroadcaster broadcaster = broadcasters.get(id);
    Sse current = sse;
    if (broadcaster == null || current == null) {
      return;
    }
    broadcaster
        .broadcast(event(current, id, to, from, at))
        .whenComplete(
            (done, failure) -> {
              if (!to.isOpen()) {
                broadcasters.remove(id, broadcaster);
                broadcaster.close();
              }
            });
  }

  private void beat() {
    Sse current = sse;
    if (current != null) {
      OutboundSseEvent comment = current.newEventBuilder().comment("heartbeat").build();
      broadcasters.values().forEach(b -> b.broadcast(comment));
    }
  }

  /** Its id: when the status was reached and what it is, so a client can tell events apart. */
  private static OutboundSseEvent event(
      Sse sse, String id, OrderStatus status, OrderStatus previous, Instant at) {
    var data = JSONP.createObjectBuilder().add("id", id).add("status", status.name());
    if (previous != null) {
      data.add("previousStatus", previous.name());
    }
    return sse.newEventBuilder()
        .id(at.toEpochMilli() + "-" + status.name())
        .name("status")
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(String.class, data.build().toString())
        .build();
  }
}
