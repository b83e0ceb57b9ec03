package dev.paydesk.application.shopevent;

import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.shopevent.ShopEvent;
import jakarta.annotation.Resource;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers due events to the shop: each claimed, sent signed ({@link ShopEventSignature}) over
 * plain HTTP/1.1, and recorded — 2xx delivered, anything else retried with exponential backoff and
 * jitter for up to three days. At least once, in order per checkout and endpoint; safe on several
 * instances at once.
 *
 * <p>Each endpoint is served by a worker of its own that asks only for that endpoint's due events,
 * so a slow or dead endpoint never holds back the others: not within a run (the others are served
 * beside it), not by filling a batch with its backlog, and not across runs (a run waits for its
 * workers at most one delivery interval; an endpoint whose worker is still sending is left to it,
 * the others are served again). Once an endpoint fails in a run, its other events wait for the next
 * run instead of each waiting out the timeout. Of the shop's answer at most {@value #ANSWER_BYTES}
 * bytes are read: the rest is never buffered, whatever the endpoint sends.
 */
@ApplicationScoped
public class ShopEventDeliveryService {

  private static final System.Logger LOG =
      System.getLogger(ShopEventDeliveryService.class.getName());

  static final int BATCH = 50;

  /** Batches one worker sends in a run before it gives the endpoint back to the next run. */
  static final int BATCHES_A_RUN = 10;

  /** How much of a shop's answer is read (kept: its first 200 characters). */
  static final int ANSWER_BYTES = 1024;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor executor;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The endpoints whose worker is sending on this instance. */
  private final Set<String> busy = ConcurrentHashMap.newKeySet();

  @Inject ShopEventAttemptService attempts;

  @Inject ShopEventSettings settings;

  @Inject Clock clock;

  @Inject TimerRuns runs;

  /**
   * Starts a worker for each endpoint with events due (unless one is still sending there) and waits
   * for them at most one delivery interval.
   *
   * @return how many events the workers that finished within the wait delivered
   */
  public int deliverDue(Instant now) {
    if (!settings.enabled()) {
      return 0;
    }
    List<String> endpoints = attempts.endpointsDue(now);
    List<CompletableFuture<Integer>> started = new ArrayList<>();
    int stillSending = 0;
    for (String endpoint : endpoints) {
      if (!busy.add(endpoint)) {
        stillSending++;
        continue;
      }
      try {
        started.add(
            CompletableFuture.supplyAsync(() -> deliver(endpoint), executor)
                .whenComplete((delivered, failure) -> finished(endpoint, failure)));
      } catch (RejectedExecutionException e) {
        busy.remove(endpoint);
        LOG.log(Level.WARNING, "No thread to deliver events on; the next run tries again");
      }
    }
    try {
      CompletableFuture.allOf(started.toArray(CompletableFuture[]::new))
          .get(settings.every().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // those still sending go on; each failure is logged as its worker ends
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int delivered = 0;
    for (CompletableFuture<Integer> worker : started) {
      if (!worker.isDone()) {
        stillSending++;
      } else if (!worker.isCompletedExceptionally()) {
        delivered += worker.join();
      }
    }
    runs.finished(
        TimerKind.SHOP_EVENT_DELIVERY,
        now,
        endpoints.size()
            + (endpoints.size() == 1 ? " endpoint due, " : " endpoints due, ")
            + delivered
            + " delivered"
            + (stillSending == 0 ? "" : ", " + stillSending + " still sending"));
    return delivered;
  }

  /** A worker ended: its endpoint is free again; a failure is logged, even after the run's wait. */
  private void finished(String endpoint, Throwable failure) {
    busy.remove(endpoint);
    if (failure != null) {
      LOG.log(Level.ERROR, "Delivering to an endpoint failed; the next run tries again", failure);
    }
  }

  /** One endpoint's due events, batch after batch, in order, until one fails or none is due. */
  private int deliver(String endpoint) {
    int delivered = 0;
    for (int batch = 0; batch < BATCHES_A_RUN; batch++) {
      // a checkout's next event is due once its earlier one is delivered: hence batch after batch
      List<ShopEvent> due = attempts.due(clock.instant(), endpoint, BATCH);
      if (due.isEmpty()) {
        return delivered;
      }
      for (ShopEvent event : due) {
        Optional<ShopEvent> claimed = attempts.claim(event.id(), clock.instant());
        if (claimed.isEmpty()) {
          continue;
        }
        if (!send(claimed.get())) {
          return delivered;
        }
        delivered++;
      }
    }
    return delivered;
  }

  private boolean send(ShopEvent event) {
    byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
    Instant start = clock.instant();
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(event.endpoint()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json; charset=utf-8")
              .header("Paydesk-Event", event.type())
              .header("Paydesk-Event-Id", event.eventId());
      ShopEventSignature.headers(
              settings.signingSecrets(start), event.eventId(), start.getEpochSecond(), body)
          .forEach(request::header);
      HttpResponse<InputStream> answer =
          http.send(
              request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
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
