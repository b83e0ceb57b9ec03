package dev.paydesk.ccpayment.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How many rejected deliveries one client may make this instance store and log: {@code perMinute}
 * in each minute; the rest are answered the same but neither stored nor logged, only counted, and
 * the count is logged once when the client's next minute starts. An unauthenticated sender can thus
 * write at most a few kilobytes a minute, however fast it sends.
 */
@ApplicationScoped
public class RejectionBudget {

  /** Whether to keep this rejection, and how many of the client's were dropped before it. */
  public record Allowance(boolean keep, long droppedBefore) {}

  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Beyond this many clients at once, new ones share one budget (the map stays bounded). */
  static final int MAX_CLIENTS = 10_000;

  static final String OTHERS = "(other clients)";

  private static final class Window {
    Instant start;
    int kept;
    long dropped;

    Window(Instant start) {
      this.start = start;
    }
  }

  private int perMinute;
  private final Map<String, Window> windows = new HashMap<>();

  protected RejectionBudget() {
    // for CDI proxies
  }

  @Inject
  public RejectionBudget(WebhookSettings settings) {
    this(settings.rejectionsKeptPerMinute());
  }

  RejectionBudget(int perMinute) {
    this.perMinute = perMinute;
  }

  public synchronized Allowance take(String client, Instant now) {
    Window window = windowOf(client == null ? OTHERS : client, now);
    long droppedBefore = 0;
    if (!now.isBefore(window.start.plus(WINDOW))) {
      droppedBefore = window.dropped;
      window.start = now;
      window.kept = 0;
      window.dropped = 0;
    }
    if (window.kept < perMinute) {
      window.kept++;
      return new Allowance(true, droppedBefore);
    }
    window.dropped++;
    return new Allowance(false, droppedBefore);
  }

  private Window windowOf(String client, Instant now) {
    Window window = windows.get(client);
    if (window != null) {
      return window;
    }
    if (windows.size() >= MAX_CLIENTS) {
      windows.values().removeIf(w -> w.dropped == 0 && !now.isBefore(w.start.plus(WINDOW)));
    }
    String key = windows.size() >= MAX_CLIENTS ? OTHERS : client;
    return windows.computeIfAbsent(key, k -> new Window(now));
  }
}
