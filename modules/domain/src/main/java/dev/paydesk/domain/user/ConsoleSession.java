package dev.paydesk.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in console session, kept so that its user sees where they are signed in and can end a
 * session on any instance: each instance checks the session's row on every console request.
 */
public class ConsoleSession {

  /** How stale "last seen" may get: one write per session a minute at most. */
  public static final Duration SEEN_RECORDED_EVERY = Duration.ofMinutes(1);

  private static final int MAX_CLIENT = 64;
  private static final int MAX_AGENT = 200;

  private String id;
  private long version;
  private String username;
  private String client;
  private String userAgent;
  private Instant startedAt;
  private Instant lastSeenAt;
  private Instant endedAt;
  private String endedBy;

  protected ConsoleSession() {
    // for the persistence mapping
  }

  public ConsoleSession(String id, String username, String client, String userAgent, Instant at) {
    this.id = id;
    this.username = username;
    this.client = cut(client, MAX_CLIENT);
    this.userAgent = cut(userAgent, MAX_AGENT);
    this.startedAt = at;
    this.lastSeenAt = at;
  }

  private static String cut(String text, int max) {
    String t = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    return t.length() > max ? t.substring(0, max - 1) + "…" : t;
  }

  /** Records a request; true when it was written (at most once a minute). */
  public boolean seen(Instant at) {
    if (at.isBefore(lastSeenAt.plus(SEEN_RECORDED_EVERY))) {
      return false;
    }
    lastSeenAt = at;
    return true;
  }

  /** Ends it: its next request, on any instance, goes to the sign-in page. */
  public void end(Instant at, String by) {
    if (endedAt == null) {
      endedAt = at;
      endedBy = by;
    }
  }

  public boolean active() {
    return endedAt == null;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String client() {
    return client;
  }

  public String userAgent() {
    return userAgent;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endedBy() {
    return Optional.ofNullable(endedBy);
  }
}
