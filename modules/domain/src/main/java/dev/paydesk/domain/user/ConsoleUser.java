package dev.paydesk.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A console account. Its password is kept only as a salted hash made outside the domain. Failed
 * sign-ins are counted, never a reason to lock the account: a stranger who knows a username must
 * not be able to keep its owner out (guessing is slowed per client instead, see the application's
 * sign-in throttle).
 */
public class ConsoleUser {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

  private Long id;
  private long version;
  private String username;
  private String passwordHash;
  private ConsoleRole role;
  private boolean enabled;
  private int failedLogins;

  /** Whether its password was made up by Paydesk and printed (sandbox mode's first start). */
  private boolean passwordShown;

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
   * @throws UserRefusedException the username is not 2 to 40 lowercase letters, digits, dots,
   *     dashes or underscores
   */
  public static ConsoleUser create(
      String username, String passwordHash, ConsoleRole role, Instant now) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new UserRefusedException(
          UserRefusedException.Refusal.BAD_USERNAME,
          "a username is 2 to 40 lowercase letters, digits, '.', '-' or '_'");
    }
    return new ConsoleUser(username, passwordHash, role, now);
  }

  /** A wrong password: counted (shown to admins), nothing else. */
  public void signInFailed() {
    failedLogins++;
  }

  /** Wrong passwords since the last sign-in. */
  public int failedLogins() {
    return failedLogins;
  }

  public void signedIn(Instant now) {
    failedLogins = 0;
    lastLoginAt = now;
  }

  /**
   * What a signed-in session was granted on: changes when the role, the password or whether the
   * account is enabled changes, so a session made before such a change is ended at its next
   * request.
   */
  public String grantStamp() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (role.name() + "|" + enabled + "|" + passwordHash)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.passwordShown = false;
  }

  /** Its password was made up and printed in the start-up log: it must be replaced before live. */
  public void markPasswordShown() {
    this.passwordShown = true;
  }

  public boolean passwordShown() {
    return passwordShown;
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
