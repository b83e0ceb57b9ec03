package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.StatusChangedElsewhere;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
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
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-sent status changes per checkout, for the buyer's page. Each event has an id; a comment
 * line goes to every open stream every {@code paydesk.sse.heartbeat} (15 s), so that proxies do not
 * cut an idle stream; a stream ends once the checkout can no longer change for the buyer (paid,
 * expired, cancelled, or refused by the gateway). Changes are sent after their transaction commits.
 * Changes made on other instances on the same PostgreSQL arrive as {@link StatusChangedElsewhere}
 * (LISTEN/NOTIFY), so a stream on any instance hears every change.
 *
 * <p>An open stream holds a connection and memory until it ends, and anyone who knows a checkout id
 * may open one: so each instance holds at most {@code paydesk.sse.max-streams} at once, at most
 * {@code paydesk.sse.max-per-checkout} for one checkout and {@code paydesk.sse.max-per-client} for
 * one client address; beyond, a 429 problem. Each stream ends after {@code paydesk.sse.max-age}
 * (the browser's EventSource reconnects by itself), and a stream whose client went away is dropped
 * at the next heartbeat, when writing to it fails.
 */
@ApplicationScoped
public class CheckoutEvents {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  /** One open stream: where it goes, who opened it, when. */
  final class Stream {
    final String checkoutId;
    final String client;
    final SseEventSink sink;
    final Instant openedAt;
    final AtomicBoolean ended = new AtomicBoolean();

    Stream(String checkoutId, String client, SseEventSink sink, Instant openedAt) {
      this.checkoutId = checkoutId;
      this.client = client;
      this.sink = sink;
      this.openedAt = openedAt;
    }

    void send(OutboundSseEvent event) {
      if (ended.get() || sink.isClosed()) {
        end();
        return;
      }
      try {
        sink.send(event)
            .whenComplete(
                (done, failure) -> {
                  if (failure != null) {
                    end();
                  }
                });
      } catch (RuntimeException e) {
        end();
      }
    }

    /** Closes it and gives its places back, once. */
    void end() {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      Set<Stream> ofCheckout = streams.get(checkoutId);
      if (ofCheckout != null) {
        synchronized (ofCheckout) {
          ofCheckout.remove(this);
          if (ofCheckout.isEmpty()) {
            streams.remove(checkoutId, ofCheckout);
          }
        }
      }
      perClient.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
      open.decrementAndGet();
      try {
        sink.close();
      } catch (RuntimeException e) {
        // already gone: nothing to give back but the places above
      }
    }
  }

  private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private volatile Sse sse;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paydesk.sse.heartbeat", defaultValue = "PT15S")
  Duration heartbeat;

  @Inject
  @ConfigProperty(name = "paydesk.sse.max-streams", defaultValue = "2000")
  int maxStreams;

  @Inject
  @ConfigProperty(name = "paydesk.sse.max-per-checkout", defaultValue = "10")
  int maxPerCheckout;

  @Inject
  @ConfigProperty(name = "paydesk.sse.max-per-client", defaultValue = "20")
  int maxPerClient;

  @Inject
  @ConfigProperty(name = "paydesk.sse.max-age", defaultValue = "PT30M")
  Duration maxAge;

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
    streams.values().forEach(set -> set.forEach(Stream::end));
  }

  /** Streams open on this instance now. */
  public int openStreams() {
    return open.get();
  }

  /**
   * Sends the checkout's status now, then every change. The stream is registered before the status
   * it starts with is read, so that a change committed meanwhile is not missed (it may then arrive
   * twice, which a client tells by the event id).
   *
   * @param client the address the request came from (as the trusted proxy reports it)
   * @throws ProblemException 429 when a limit is reached (nothing is held)
   */
  void subscribe(
      String checkoutId,
      String client,
      Supplier<CheckoutView> current,
      SseEventSink sink,
      Sse sse) {
    this.sse = sse;
    CheckoutView before = current.get();
    if (!streamed(before.status())) {
      sink.send(event(sse, checkoutId, before.status(), null, before.updatedAt()));
      sink.close();
      return;
    }
    Stream stream = admit(checkoutId, client, sink);
    CheckoutView now = current.get();
    stream.send(event(sse, checkoutId, now.status(), null, now.updatedAt()));
    if (!streamed(now.status())) {
      stream.end();
    }
  }

  /** Takes a place for the stream, or refuses it with nothing held. */
  Stream admit(String checkoutId, String client, SseEventSink sink) {
    if (open.incrementAndGet() > maxStreams) {
      open.decrementAndGet();
      throw tooMany("This server has as many open event streams as it holds; try again shortly.");
    }
    AtomicInteger ofClient = perClient.computeIfAbsent(client, c -> new AtomicInteger());
    if (ofClient.incrementAndGet() > maxPerClient) {
      ofClient.decrementAndGet();
      open.decrementAndGet();
      throw tooMany("This client has as many event streams open as it may.");
    }
    Stream stream = new Stream(checkoutId, client, sink, clock.instant());
    while (true) {
      Set<Stream> ofCheckout =
          streams.computeIfAbsent(checkoutId, id -> ConcurrentHashMap.newKeySet());
      synchronized (ofCheckout) {
        if (streams.get(checkoutId) != ofCheckout) {
          continue; // its last stream ended meanwhile and took the set away: take a new one
        }
        if (ofCheckout.size() >= maxPerCheckout) {
          perClient.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
          open.decrementAndGet();
          throw tooMany("This checkout has as many event streams open as it may.");
        }
        ofCheckout.add(stream);
        return stream;
      }
    }
  }

  private static ProblemException tooMany(String detail) {
    return new ProblemException(
        Problem.of(ProblemType.TOO_MANY_STREAMS, "Too many event streams", 429, detail));
  }

  /**
   * Whether a buyer can still be waiting for a change: not once paid, ended, or refused by the
   * gateway (a retry by the shop is a new attempt; the buyer's page reloads for it).
   */
  static boolean streamed(OrderStatus status) {
    return status.isOpen() && status != OrderStatus.GATEWAY_FAILED;
  }

  void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
    broadcast(change.checkoutId().value(), change.to(), change.from(), change.at());
  }

  /** A change another instance made (see the persistence layer's status relay). */
  void statusChangedElsewhere(@Observes StatusChangedElsewhere change) {
    broadcast(change.checkoutId().value(), change.to(), change.from(), change.at());
  }

  private void broadcast(String id, OrderStatus to, OrderStatus from, Instant at) {
    Set<Stream> ofCheckout = streams.get(id);
    Sse current = sse;
    if (ofCheckout == null || current == null) {
      return;
    }
    OutboundSseEvent event = event(current, id, to, from, at);
    for (Stream stream : ofCheckout) {
      stream.send(event);
      if (!streamed(to)) {
        stream.end();
      }
    }
  }

  /** A comment to every stream; ends those whose client is gone or that are too old. */
  private void beat() {
    Sse current = sse;
    if (current == null) {
      return;
    }
    OutboundSseEvent comment = current.newEventBuilder().comment("heartbeat").build();
    Instant oldest = clock.instant().minus(maxAge);
    streams
        .values()
        .forEach(
            set ->
                set.forEach(
                    stream -> {
                      if (stream.openedAt.isBefore(oldest)) {
                        stream.end();
                      } else {
                        stream.send(comment);
                      }
                    }));
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
