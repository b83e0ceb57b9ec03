package dev.paydesk.application.user;

import dev.paydesk.application.audit.AuditText;
import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.ConsoleUserRepository;
import dev.paydesk.domain.user.UserRefusedException;
import dev.paydesk.domain.user.UserRefusedException.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Console accounts. Passwords are kept as salted PBKDF2-HMAC-SHA256 hashes (Jakarta Security's
 * {@link Pbkdf2PasswordHash}). Every refusal looks the same from outside: an unknown username, a
 * disabled account and a wrong password each cost one hash and get the same answer, so neither
 * words nor timing tell which names exist. Guessing is slowed per client ({@link SignInThrottle}),
 * never by locking an account. Every sign-in is logged with its outcome, the untrusted username
 * escaped.
 */
@ApplicationScoped
@Transactional
public class ConsoleUserService {

  private static final System.Logger AUDIT = System.getLogger("dev.paydesk.audit");

  /** The hash parameters: OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "600000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  public static final int MIN_PASSWORD_LENGTH = 12;

  private ConsoleUserRepository users;
  private Pbkdf2PasswordHash hasher;
  private Clock clock;
  private SignInThrottle throttle;
  private String decoyHash;
  private TwoFactorService twoFactor;

  protected ConsoleUserService() {
    // for CDI proxies
  }

  public ConsoleUserService(
      ConsoleUserRepository users,
      Pbkdf2PasswordHash hasher,
      Clock clock,
      SignInThrottle throttle) {
    this(users, hasher, clock, throttle, new TwoFactorService(users, clock));
  }

  @Inject
  public ConsoleUserService(
      ConsoleUserRepository users,
      Pbkdf2PasswordHash hasher,
      Clock clock,
      SignInThrottle throttle,
      TwoFactorService twoFactor) {
    this.twoFactor = twoFactor;
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
    this.throttle = throttle;
    hasher.initialize(HASH_PARAMETERS);
  }

  /**
   * @param client the address the attempt came from (as the trusted proxy reports it)
   */
  public SignIn signIn(String username, String password, String client) {
    Instant now = clock.instant();
    String shown = AuditText.of(username);
    if (throttle.admit(client, username, now).isPresent()) {
      AUDIT.log(
          Level.WARNING,
          "Console sign-in refused for {0} from {1}: too many attempts",
          shown,
          AuditText.of(client));
      return new SignIn.Refused(SignIn.Reason.TOO_MANY_ATTEMPTS);
    }
    Optional<ConsoleUser> found =
        username == null ? Optional.empty() : users.findByUsername(username.trim());
    // one hash whatever the account: unknown and disabled users cost what a real attempt costs
    boolean matches =
        hasher.verify(chars(password), found.map(ConsoleUser::passwordHash).orElse(decoyHash()));
    SignIn.Reason refusal =
        found.isEmpty()
            ? SignIn.Reason.UNKNOWN_USER
            : !found.get().enabled()
                ? SignIn.Reason.DISABLED
                : matches ? null : SignIn.Reason.WRONG_PASSWORD;
    if (refusal != null) {
      throttle.failed(client, username, now);
      found.ifPresent(ConsoleUser::signInFailed);
      AUDIT.log(
          Level.WARNING,
          "Console sign-in refused for {0} from {1}: {2}",
          shown,
          AuditText.of(client),
          refusal);
      return new SignIn.Refused(refusal);
    }
    ConsoleUser user = found.get();
    if (user.twoFactor()) {
      return new SignIn.SecondFactorNeeded(user.username());
    }
    return granted(user, client, now);
  }

  /**
   * The second step of a sign-in whose password was right ({@link SignIn.SecondFactorNeeded}): a
   * current code of the user's app, or a recovery code. Slowed per client like passwords.
   */
  public SignIn secondFactor(String username, String code, String client) {
    Instant now = clock.instant();
    if (throttle.admit(client, username, now).isPresent()) {
      AUDIT.log(
          Level.WARNING,
          "Console sign-in refused for {0} from {1}: too many attempts",
          AuditText.of(username),
          AuditText.of(client));
      return new SignIn.Refused(SignIn.Reason.TOO_MANY_ATTEMPTS);
    }
    Optional<ConsoleUser> found = users.findByUsername(username).filter(ConsoleUser::enabled);
    if (found.isEmpty() || !twoFactor.accepts(found.get(), code)) {
      throttle.failed(client, username, now);
      found.ifPresent(ConsoleUser::signInFailed);
      AUDIT.log(
          Level.WARNING,
          "Console sign-in refused for {0} from {1}: {2}",
          AuditText.of(username),
          AuditText.of(client),
          SignIn.Reason.WRONG_CODE);
      return new SignIn.Refused(SignIn.Reason.WRONG_CODE);
    }
    return granted(found.get(), client, now);
  }

  private SignIn granted(ConsoleUser user, String client, Instant now) {
    throttle.succeeded(client, user.username());
    user.signedIn(now);
    AUDIT.log(
        Level.INFO,
        "Console sign-in of {0} ({1}{2}) from {3}",
        user.username(),
        user.role(),
        user.twoFactor() ? ", two-factor" : "",
        AuditText.of(client));
    return new SignIn.Granted(user.username(), user.role(), user.grantStamp());
  }

  /**
   * The stamp of what a session of this user was granted on, now: empty when the user is gone or
   * disabled. A session whose stamp differs must end (see {@link ConsoleUser#grantStamp}).
   */
  public Optional<String> currentGrant(String username) {
    return standing(username).map(Standing::grant);
  }

  /** What a signed-in session is checked against on each request. */
  public record Standing(String grant, boolean twoFactor) {}

  /** The user's grant stamp and whether they sign in with a second factor; empty when gone. */
  public Optional<Standing> standing(String username) {
    return users
        .findByUsername(username)
        .filter(ConsoleUser::enabled)
        .map(u -> new Standing(u.grantStamp(), u.twoFactor()));
  }

  /**
   * @throws UserRefusedException a bad username, a password shorter than {@value
   *     #MIN_PASSWORD_LENGTH} characters, or a taken username
   */
  public ConsoleUserView create(String username, String password, ConsoleRole role) {
    return create(username, password, role, false);
  }

  private ConsoleUserView create(
      String username, String password, ConsoleRole role, boolean passwordShown) {
    requireStrong(password);
    if (users.findByUsername(username).isPresent()) {
      throw new UserRefusedException(
          Refusal.USERNAME_TAKEN, "the username " + username + " is taken");
    }
    ConsoleUser user = ConsoleUser.create(username, hash(password), role, clock.instant());
    if (passwordShown) {
      user.markPasswordShown();
    }
    users.add(user);
    AUDIT.log(Level.INFO, "Console user {0} created as {1}", username, role);
    return ConsoleUserView.of(user);
  }

  /**
   * @throws UserRefusedException the current password is wrong or the new one too short
   */
  public void changeOwnPassword(String username, String current, String next) {
    ConsoleUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UserRefusedException(Refusal.UNKNOWN_USER, "no user"));
    if (!hasher.verify(chars(current), user.passwordHash())) {
      throw new UserRefusedException(Refusal.WRONG_PASSWORD, "the current password is wrong");
    }
    requireStrong(next);
    user.changePassword(hash(next));
    AUDIT.log(Level.INFO, "Console user {0} changed their password", username);
  }

  /**
   * An admin changes another account: its role, whether it may sign in, and (when given) its
   * password. Refused when it would leave no enabled admin.
   *
   * @throws UserRefusedException no such user, a weak password, or no admin left
   */
  public ConsoleUserView change(
      String by, String username, ConsoleRole role, boolean enabled, String newPassword) {
    ConsoleUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UserRefusedException(Refusal.UNKNOWN_USER, "no user"));
    boolean staysAdmin = enabled && role == ConsoleRole.ADMIN;
    boolean otherAdmin =
        users.all().stream()
            .anyMatch(
                u ->
                    !u.username().equals(username) && u.enabled() && u.role() == ConsoleRole.ADMIN);
    if (!staysAdmin && !otherAdmin) {
      throw new UserRefusedException(Refusal.LAST_ADMIN, "at least one enabled admin must remain");
    }
    if (newPassword != null && !newPassword.isEmpty()) {
      requireStrong(newPassword);
      user.changePassword(hash(newPassword));
    }
    user.changeRole(role);
    if (enabled) {
      user.enable();
    } else {
      user.disable();
    }
    AUDIT.log(
        Level.INFO,
        "Console user {0} set {1} to {2}, {3}{4}",
        by,
        username,
        role,
        enabled ? "enabled" : "disabled",
        newPassword == null || newPassword.isEmpty() ? "" : ", new password");
    return ConsoleUserView.of(user);
  }

  /**
   * Makes an account whose password Paydesk made up and prints once (sandbox mode's first admin):
   * marked, so that live mode never runs with it.
   */
  public ConsoleUserView createWithShownPassword(
      String username, String password, ConsoleRole role) {
    return create(username, password, role, true);
  }

  /** The enabled accounts whose password was printed at a start and never changed since. */
  public List<String> withShownPassword() {
    return users.all().stream()
        .filter(u -> u.enabled() && u.passwordShown())
        .map(ConsoleUser::username)
        .toList();
  }

  /** Replaces a printed password with a chosen one (live mode's first start). */
  public void replaceShownPassword(String username, String password) {
    requireStrong(password);
    ConsoleUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UserRefusedException(Refusal.UNKNOWN_USER, "no user"));
    user.changePassword(hash(password));
    AUDIT.log(
        Level.INFO,
        "Console user {0}: the password printed at a sandbox start was replaced for live mode",
        username);
  }

  public List<ConsoleUserView> users() {
    return users.all().stream().map(ConsoleUserView::of).toList();
  }

  public boolean anyUser() {
    return users.count() > 0;
  }

  private void requireStrong(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new UserRefusedException(
          Refusal.WEAK_PASSWORD, "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private String hash(String password) {
    return hasher.generate(chars(password));
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hash("not-a-password-of-anyone");
    }
    return decoyHash;
  }

  private static char[] chars(String password) {
    return password == null ? new char[0] : password.toCharArray();
  }
}
