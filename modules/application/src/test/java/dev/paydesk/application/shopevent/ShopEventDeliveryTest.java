package dev.paydesk.application.shopevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paydesk.application.fake.PartialShopEventOutbox;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery over real HTTP to two shop endpoints, one of them slow: the slow one must not hold back
 * the other, neither within a run nor across runs nor by its backlog.
 */
class ShopEventDeliveryTest {

  /** How long the slow endpoint takes to answer each event. */
  static final Duration SLOW = Duration.ofMillis(1500);

  final List<HttpServer> servers = new ArrayList<>();
  final ExecutorService threads = Executors.newCachedThreadPool();
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
    threads.shutdownNow();
  }

  String endpoint(String name, Duration delay) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    AtomicInteger count = new AtomicInteger();
    server.createContext(
        "/" + name,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          count.incrementAndGet();
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    servers.add(server);
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    received.put(url, count);
    return url;
  }

  ShopEventDeliveryService service(List<String> endpoints, TimerRuns runs) {
    ShopEventSettings settings =
        new ShopEventSettings(
            Optional.of(String.join(",", endpoints)),
            Optional.of("it-shop-secret"),
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            new GatewayMode("sandbox"));
    ShopEventDeliveryService service = new ShopEventDeliveryService();
    service.executor = threads;
    service.attempts = new ShopEventAttemptService(outbox, settings);
    service.settings = settings;
    service.clock = Clock.systemUTC();
    service.runs = runs;
    return service;
  }

  void add(String endpoint, int events) {
    for (int i = 0; i < events; i++) {
      outbox.add(
          ShopEvent.of(
              ShopEvent.newEventId(),
              "chk_" + endpoint.hashCode() + "_" + i,
              endpoint,
              "checkout.paid",
              "{}",
              Instant.now().minusSeconds(1)));
    }
  }

  @Test
  void aSlowEndpointHoldsBackNeitherTheOtherEndpointNorTheNextRun() throws Exception {
    String slow = endpoint("slow", SLOW);
    String fast = endpoint("fast", Duration.ZERO);
    // the slow endpoint's backlog is older than a whole batch: it comes first in id order
    add(slow, ShopEventDeliveryService.BATCH + 10);
    add(fast, 3);
    TimerRuns runs = new TimerRuns();
    ShopEventDeliveryService service = service(List.of(slow, fast), runs);

    long start = System.nanoTime();
    int delivered = service.deliverDue(Instant.now());
    Duration firstRun = Duration.ofNanos(System.nanoTime() - start);

    assertThat(delivered).as("the fast endpoint's events, all in the first run").isEqualTo(3);
    assertThat(received.get(fast)).hasValue(3);
    assertThat(firstRun)
        .as("the run waits for a slow endpoint one interval at most, not its backlog")
        .isLessThan(Duration.ofSeconds(3));
    assertThat(runs.last(TimerKind.SHOP_EVENT_DELIVERY).orElseThrow().summary())
        .isEqualTo("2 endpoints due, 3 delivered, 1 still sending");

    add(fast, 2);
    assertThat(service.deliverDue(Instant.now()))
        .as("the next run serves the fast endpoint again while the slow one is still sending")
        .isEqualTo(2);
    assertThat(received.get(fast)).hasValue(5);
    assertThat(received.get(slow).get())
        .as("the slow endpoint gets one worker, not a second one each run")
        .isLessThanOrEqualTo(2);
    assertThat(outbox.sentTwice()).as("no event sent twice").isEmpty();
  }

  /** The outbox as the JPA one behaves, in memory: due per endpoint, in id order, claims held. */
  static final class InMemoryOutbox extends PartialShopEventOutbox {
    private final Map<Long, ShopEvent> events = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    List<Long> sentTwice() {
      return attempts.entrySet().stream()
          .filter(e -> e.getValue().get() > 1)
          .map(Map.Entry::getKey)
          .toList();
    }

    @Override
    public void add(ShopEvent event) {
      long id = ids.incrementAndGet();
      try {
        var field = ShopEvent.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      events.put(id, event);
    }

    @Override
    public synchronized List<String> endpointsDue(Instant now) {
      return events.values().stream()
          .sorted(Comparator.comparing(ShopEvent::id))
          .filter(e -> e.dueAt(now))
          .map(ShopEvent::endpoint)
          .distinct()
          .toList();
    }

    @Override
    public synchronized List<ShopEvent> due(Instant now, String endpoint, int limit) {
      return events.values().stream()
          .sorted(Comparator.comparing(ShopEvent::id))
          .filter(e -> e.endpoint().equals(endpoint) && e.dueAt(now))
          .limit(limit)
          .toList();
    }

    @Override
    public synchronized Optional<ShopEvent> lock(long id) {
      return Optional.ofNullable(events.get(id));
    }

    @Override
    public void addAttempt(ShopEventAttempt attempt) {
      attempts.computeIfAbsent(attempt.shopEventId(), k -> new AtomicInteger()).incrementAndGet();
    }
  }
}
