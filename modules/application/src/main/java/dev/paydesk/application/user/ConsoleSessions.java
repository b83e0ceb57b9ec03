package dev.paydesk.application.user;

import dev.paydesk.application.audit.AuditText;
import dev.paydesk.domain.user.ConsoleSession;
import dev.paydesk.domain.user.ConsoleSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Signed-in console sessions as the database keeps them: each console request checks its row (on
 * any instance), so a session ended from the "signed-in sessions" view, or by "sign out
 * everywhere", is over at its next request wherever it runs.
 */
@ApplicationScoped
@Transactional
public class ConsoleSessions {

  private static final System.Logger AUDIT = System.getLogger("dev.paydesk.audit");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A session not seen for this long has timed out (the console's 30 minutes, plus the minute "last
   * seen" may lag): no longer listed, even where no instance was left to end it.
   */
  static final Duration IDLE = Duration.ofMinutes(31);

  /**
   * How long a session's row stays after it was last seen (who signed in from where, for a look
   * back).
   */
  static final Duration KEPT = Duration.ofDays(30);

  private ConsoleSessionRepository sessions;
  private Clock clock;

  /** A session as the view lists it. */
  public record View(
      String id, String client, String userAgent, Instant startedAt, Instant lastSeenAt) {}

  protected ConsoleSessions() {
    // for CDI proxies
  }

  @Inject
  public ConsoleSessions(ConsoleSessionRepository sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Records a new sign-in; its id is the session's key (kept in the HTTP session only). */
  public String start(String username, String client, String userAgent) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    sessions.add(new ConsoleSession(id, username, client, userAgent, clock.instant()));
    return id;
  }

  /** Whether this session of this user is still on; a request is recorded (once a minute). */
  public boolean active(String id, String username) {
    if (id == null) {
      return false;
    }
    return sessions
        .find(id)
        .filter(s -> s.username().equals(username) && s.active())
        .map(
            s -> {
              s.seen(clock.instant());
              return true;
            })
        .orElse(false);
  }

  /** The user's sessions still on, latest seen first. */
  public List<View> activeOf(String username) {
    Instant idleSince = clock.instant().minus(IDLE);
    return sessions.activeOf(username).stream()
        .filter(s -> s.lastSeenAt().isAfter(idleSince))
        .map(s -> new View(s.id(), s.client(), s.userAgent(), s.startedAt(), s.lastSeenAt()))
        .toList();
  }

  /** The HTTP session behind it ended (signed out, timed out): so does its row. */
  public void ended(String id) {
    if (id != null) {
      sessions.find(id).ifPresent(s -> s.end(clock.instant(), s.username()));
    }
  }

  /** Ends one of the user's own sessions (another user's id ends nothing). */
  public void end(String username, String id) {
    sessions
        .find(id)
        .filter(s -> s.username().equals(username))
        .ifPresent(
            s -> {
              s.end(clock.instant(), username);
              AUDIT.log(
                  Level.INFO,
                  "Console session of {0} from {1} signed out by its user",
                  username,
                  AuditText.of(s.client()));
            });
  }

  /**
   * Ends every session of a user but {@code keep} (null for all of them).
   *
   * @return how many were ended
   */
  public int endAll(String username, String keep, String by) {
    Instant now = clock.instant();
    List<ConsoleSession> ended =
        sessions.activeOf(username).stream().filter(s -> !s.id().equals(keep)).toList();
    ended.forEach(s -> s.end(now, by));
    AUDIT.log(
        Level.INFO,
        "{0} console session(s) of {1} signed out everywhere by {2}",
        ended.size(),
        username,
        by);
    return ended.size();
  }

  /** Deletes the rows of sessions last seen more than 30 days before {@code now}; how many went. */
  public int prune(Instant now) {
    return sessions.removeSeenBefore(now.minus(KEPT));
  }
}
