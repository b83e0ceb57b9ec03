package dev.paydesk.application.shopevent;

import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.shopevent.ShopEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Delivers due events to the shop: each claimed, sent signed ({@link ShopEventSignature}) over
 * plain HTTP/1.1, and recorded — 2xx delivered, anything else retried with exponential backoff and
 * jitter for up to three days. At least once, in order per checkout and endpoint; safe on several
 * instances at once.
 *
 * <p>Each endpoint is served on a thread of its own, so a slow or dead one never holds back the
 * others; once an endpoint fails in a run, its other events wait for the next run instead of each
 * waiting out the timeout. Of the shop's answer at most {@value #ANSWER_BYTES} bytes are read: the
 * rest is never buffered, whatever the endpoint sends.
 */
@ApplicationScoped
public class ShopEventDeliveryService {

  private static final System.Logger LOG =
      System.getLogger(ShopEventDeliveryService.class.getName());

  static final int BATCH = 50;

  /** How much of a shop's answer is read (kept: its first 200 characters). */
  static final int ANSWER_BYTES = 1024;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject ShopEventAttemptService attempts;

  @Inject ShopEventSettings settings;

  @Inject Clock clock;

  @Inject TimerRuns runs;

  /**
   * @return how many events were delivered
   */
  public int deliverDue(Instant now) {
    if (!settings.enabled()) {
      return 0;
    }
    var due = attempts.due(now, BATCH);
    Map<String, List<ShopEvent>> byEndpoint = new LinkedHashMap<>();
    due.forEach(e -> byEndpoint.computeIfAbsent(e.endpoint(), k -> new ArrayList<>()).add(e));
    List<CompletableFuture<Integer>> endpoints = new ArrayList<>();
    for (List<ShopEvent> events : byEndpoint.values()) {
      endpoints.add(CompletableFuture.supplyAsync(() -> deliver(events, now), executor));
    }
    int delivered = 0;
    for (CompletableFuture<Integer> endpoint : endpoints) {
      try {
        delivered += endpoint.join();
      } catch (java.util.concurrent.CompletionException e) {
        LOG.log(Level.ERROR, "Delivering to an endpoint failed; the next run tries again", e);
      }
    }
    runs.finished(
        TimerKind.SHOP_EVENT_DELIVERY, now, due.size() + " due, " + delivered + " delivered");
    return delivered;
  }

  /** One endpoint's due events, in order, until one fails. */
  private int deliver(List<ShopEvent> events, Instant now) {
    int delivered = 0;
    for (ShopEvent event : events) {
      Optional<ShopEvent> claimed = attempts.claim(event.id(), now);
      if (claimed.isEmpty()) {
        continue;
      }
      if (!send(claimed.get())) {
        break;
      }
      delivered++;
    }
    return delivered;
  }

  private boolean send(ShopEvent event) {
    byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
    Instant start = clock.instant();
    try {
      HttpResponse<InputStream> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(event.endpoint()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .header("Paydesk-Event", event.type())
                  .header("Paydesk-Event-Id", event.eventId())
                  .header(
                      ShopEventSignature.HEADER,
                      ShopEventSignature.header(
                          settings.secret().orElseThrow(), start.getEpochSecond(), body))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      String excerpt = excerpt(answer.body());
      Instant end = clock.instant();
      Duration latency = Duration.between(start, end);
      if (answer.statusCode() / 100 == 2) {
        attempts.delivered(event.id(), answer.statusCode(), excerpt, latency, end);
        return true;
      }
      attempts.failed(
          event.id(),
          answer.statusCode(),
          "HTTP " + answer.statusCode() + ": " + excerpt,
          latency,
          end);
    } catch (IOException | IllegalArgumentException e) {
      Instant end = clock.instant();
      String error =
          "no answer: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
      attempts.failed(event.id(), null, error, Duration.between(start, end), end);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Instant end = clock.instant();
      attempts.failed(event.id(), null, "interrupted", Duration.between(start, end), end);
    }
    LOG.log(Level.INFO, "Event {0} for {1} not delivered yet", event.eventId(), event.endpoint());
    return false;
  }

  /**
   * The start of the shop's answer: {@value #ANSWER_BYTES} bytes at most are read, then the stream
   * is closed (which drops the connection rather than reading on).
   */
  static String excerpt(InputStream answer) throws IOException {
    try (InputStream in = answer) {
      byte[] start = in.readNBytes(ANSWER_BYTES);
      String text = new String(start, StandardCharsets.UTF_8);
      return text.substring(0, Math.min(200, text.length()));
    }
  }
}
