package dev.paydesk.application.shopevent;

import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.shopevent.ShopEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers due events to the shop: each claimed, sent signed ({@link ShopEventSignature}) over
 * plain HTTP/1.1, and recorded — 2xx delivered, anything else retried with exponential backoff and
 * jitter for up to three days. At least once, in order per checkout and endpoint; safe on several
 * instances at once.
 */
@ApplicationScoped
public class ShopEventDeliveryService {

  private static final System.Logger LOG =
      System.getLogger(ShopEventDeliveryService.class.getName());

  static final int BATCH = 50;

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
    int delivered = 0;
    var due = attempts.due(now, BATCH);
    for (ShopEvent event : due) {
      Optional<ShopEvent> claimed = attempts.claim(event.id(), now);
      if (claimed.isPresent() && send(claimed.get())) {
        delivered++;
      }
    }
    runs.finished(
        TimerKind.SHOP_EVENT_DELIVERY, now, due.size() + " due, " + delivered + " delivered");
    return delivered;
  }

  private boolean send(ShopEvent event) {
    byte[] body = event.payload().getBytes(StandardCharsets.UTF_8);
    Instant start = clock.instant();
    try {
      HttpResponse<String> answer =
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
              HttpResponse.BodyHandlers.ofString());
      Instant end = clock.instant();
      Duration latency = Duration.between(start, end);
      String excerpt = answer.body() == null ? "" : answer.body();
      excerpt = excerpt.substring(0, Math.min(200, excerpt.length()));
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
}
