package dev.paydesk.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing without ever locking an account's owner out: each client may fail a few
 * sign-ins a minute, and wrong passwords for one username from one client make that pair wait
 * longer and longer (1 s, 2 s, 4 s … at most 15 minutes). A stranger's wrong passwords for {@code
 * admin} slow the stranger, not the admin signing in from elsewhere. A refused attempt costs no
 * password hash, so random usernames cannot burn the CPU on 600,000-round hashes. Kept in memory,
 * bounded, per instance.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failed sign-ins a client may make in a minute, whatever the usernames. */
  static final int PER_CLIENT_PER_MINUTE = 20;

  /** Wrong passwords for one username from one client before it must wait. */
  static final int FREE_FAILURES = 3;

  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  /** Pairs and clients remembered at most; the least recently used go first. */
  static final int REMEMBERED = 10_000;

  private record Window(Instant start, int failures) {}

  private record Failures(int count, Instant last) {}

  private final Map<String, Window> clients = lru();
  private final Map<String, Failures> pairs = lru();

  /**
   * Refuses an attempt (with how long to wait) when the client failed too often this minute or this
   * username from this client must still wait after wrong passwords.
   */
  public synchronized Optional<Duration> admit(String client, String username, Instant now) {
    Window window = windowOf(client, now);
    if (window.failures() >= PER_CLIENT_PER_MINUTE) {
      return Optional.of(Duration.between(now, window.start().plus(Duration.ofMinutes(1))));
    }
    Failures failures = pairs.get(pair(client, username));
    if (failures != null && failures.count() >= FREE_FAILURES) {
      Instant until = failures.last().plus(waitAfter(failures.count()));
      if (until.isAfter(now)) {
        return Optional.of(Duration.between(now, until));
      }
    }
    return Optional.empty();
  }

  /** A wrong password (or unknown user, or disabled account) for this pair. */
  public synchronized void failed(String client, String username, Instant now) {
    Window window = windowOf(client, now);
    clients.put(client, new Window(window.start(), window.failures() + 1));
    String key = pair(client, username);
    Failures failures = pairs.get(key);
    pairs.put(key, new Failures(failures == null ? 1 : failures.count() + 1, now));
  }

  /** The right password: this pair starts afresh. */
  public synchronized void succeeded(String client, String username) {
    pairs.remove(pair(client, username));
  }

  private Window windowOf(String client, Instant now) {
    Window window = clients.get(client);
    return window == null || !window.start().plus(Duration.ofMinutes(1)).isAfter(now)
        ? new Window(now, 0)
        : window;
  }

  static Duration waitAfter(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration wait = Duration.ofSeconds(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static String pair(String client, String username) {
    return client
        + "\n"
        + (username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT));
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
