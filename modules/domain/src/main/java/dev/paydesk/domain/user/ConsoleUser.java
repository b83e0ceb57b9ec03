package dev.paydesk.domain.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /** The TOTP secret (Base32) while two-factor sign-in is on; null when off. */
  private String totpSecret;

  private Instant totpSince;

  /** The last TOTP time step a sign-in used: a code counts once. */
  private long totpLastStep;

  /** The recovery codes not used yet, as SHA-256 digests joined by spaces. */
  private String recoveryCodes;

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

  /** Turns on two-factor sign-in with a confirmed secret and fresh recovery codes (digests). */
  public void enableTwoFactor(String secret, List<String> recoveryDigests, Instant at, long step) {
    this.totpSecret = Objects.requireNonNull(secret, "secret");
    this.totpSince = at;
    this.totpLastStep = step;
    this.recoveryCodes = String.join(" ", recoveryDigests);
  }

  public void disableTwoFactor() {
    this.totpSecret = null;
    this.totpSince = null;
    this.totpLastStep = 0;
    this.recoveryCodes = null;
  }

  public boolean twoFactor() {
    return totpSecret != null;
  }

  public Optional<String> totpSecret() {
    return Optional.ofNullable(totpSecret);
  }

  public Optional<Instant> twoFactorSince() {
    return Optional.ofNullable(totpSince);
  }

  /** Takes a code's time step; false when it or a later one was used already (a replay). */
  public boolean takeStep(long step) {
    if (step <= totpLastStep) {
      return false;
    }
    totpLastStep = step;
    return true;
  }

  /** Uses a recovery code (by digest): true once, then never again. */
  public boolean useRecoveryCode(String digest) {
    List<String> left = new ArrayList<>(recoveryDigests());
    if (!left.remove(digest)) {
      return false;
    }
    recoveryCodes = String.join(" ", left);
    return true;
  }

  /** Replaces the recovery codes (the old ones stop working). */
  public void replaceRecoveryCodes(List<String> digests) {
    if (twoFactor()) {
      recoveryCodes = String.join(" ", digests);
    }
  }

  public int recoveryCodesLeft() {
    return recoveryDigests().size();
  }

  private List<String> recoveryDigests() {
    return recoveryCodes == null || recoveryCodes.isBlank()
        ? List.of()
        : List.of(recoveryCodes.split(" "));
  }
}
