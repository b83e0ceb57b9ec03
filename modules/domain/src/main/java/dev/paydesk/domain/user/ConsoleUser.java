package dev.paydesk.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A console account. Its password is kept only as a salted hash made outside the domain. Repeated
 * failed sign-ins lock it for a while, so a password cannot be guessed at speed.
 */
public class ConsoleUser {

  /** Failed sign-ins in a row that lock an account. */
  public static final int MAX_FAILED_LOGINS = 5;

  /** How long a locked account stays locked. */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

  private Long id;
  private long version;
  private String username;
  private String passwordHash;
  private ConsoleRole role;
  private boolean enabled;
  private int failedLogins;
  private Instant lockedUntil;
  private Instant createdAt;
  private Instant lastLoginAt;

  protected ConsoleUser() {
    // for the persistence mapping
  }

  private ConsoleUser(String username, String passwordHash, ConsoleRole role, Instant now) {
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.role = Objects.requireNonNull(role, "role");
    this.enabled = true;
    this.createdAt = now;
  }

  /**
   * @throws IllegalArgumentException the username is not 2 to 40 lowercase letters, digits, dots,
   *     dashes or underscores
   */
  public static ConsoleUser create(
      String username, String passwordHash, ConsoleRole role, Instant now) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "a username is 2 to 40 lowercase letters, digits, '.', '-' or '_'");
    }
    return new ConsoleUser(username, passwordHash, role, now);
  }

  /** Whether it may sign in now: enabled and not locked. */
  public boolean maySignInAt(Instant now) {
    return enabled && (lockedUntil == null || !lockedUntil.isAfter(now));
  }

  public Optional<Instant> lockedUntil(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /** A wrong password: counted, and the account locked once there were too many in a row. */
  public void signInFailed(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedLogins = 0;
    }
  }

  public void signedIn(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
  }

  public void changeRole(ConsoleRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public ConsoleRole role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }
}
