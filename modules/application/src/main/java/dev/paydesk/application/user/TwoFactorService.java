package dev.paydesk.application.user;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.ConsoleUserRepository;
import dev.paydesk.domain.user.UserRefusedException;
import dev.paydesk.domain.user.UserRefusedException.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Two-factor sign-in for console users: TOTP (RFC 6238: 6 digits, 30 s, HMAC-SHA1, what every
 * authenticator app reads from an {@code otpauth://} QR), one step of clock drift either way, each
 * code accepted once. Ten recovery codes are made when it is turned on, each good for one sign-in,
 * kept only as SHA-256 digests.
 */
@ApplicationScoped
@Transactional
public class TwoFactorService {

  private static final System.Logger AUDIT = System.getLogger("dev.paydesk.audit");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator();
  private static final long STEP_SECONDS = TOTP.getTimeStep().toSeconds();
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  /** How many recovery codes are made at a time. */
  public static final int RECOVERY_CODES = 10;

  /** What an authenticator app is given: the secret as text and as an {@code otpauth} URI. */
  public record Enrolment(String secret, String uri) implements java.io.Serializable {}

  private ConsoleUserRepository users;
  private Clock clock;

  protected TwoFactorService() {
    // for CDI proxies
  }

  @Inject
  public TwoFactorService(ConsoleUserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** A new secret for this user; nothing changes until {@link #confirm} gets a code of it. */
  public Enrolment begin(String username) {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    String secret = new Base32().encodeToString(key).replace("=", "");
    String label =
        URLEncoder.encode("Paydesk:" + username, StandardCharsets.UTF_8).replace("+", "%20");
    return new Enrolment(
        secret,
        "otpauth://totp/"
            + label
            + "?secret="
            + secret
            + "&issuer=Paydesk&algorithm=SHA1&digits=6&period="
            + STEP_SECONDS);
  }

  /**
   * Turns two-factor sign-in on once a code of the new secret shows the app has it.
   *
   * @return the recovery codes, to show once
   * @throws UserRefusedException the code is not the secret's current one
   */
  public List<String> confirm(String username, String secret, String code) {
    ConsoleUser user = user(username);
    OptionalLong step = matchingStep(secret, code);
    if (step.isEmpty()) {
      throw new UserRefusedException(
          Refusal.WRONG_CODE, "that code does not match: enter the 6 digits the app shows now");
    }
    List<String> codes = recoveryCodes();
    user.enableTwoFactor(secret, digests(codes), clock.instant(), step.getAsLong());
    AUDIT.log(Level.INFO, "Console user {0} turned two-factor sign-in on", username);
    return codes;
  }

  /**
   * Turns it off, proven with a current code or a recovery code.
   *
   * @throws UserRefusedException the code is wrong
   */
  public void disable(String username, String code) {
    ConsoleUser user = user(username);
    if (!accepts(user, code)) {
      throw new UserRefusedException(Refusal.WRONG_CODE, "that code does not match");
    }
    user.disableTwoFactor();
    AUDIT.log(Level.INFO, "Console user {0} turned two-factor sign-in off", username);
  }

  /** An admin turns it off for someone who lost both the app and the recovery codes. */
  public void reset(String by, String username) {
    user(username).disableTwoFactor();
    AUDIT.log(Level.INFO, "Console user {0} turned two-factor sign-in off for {1}", by, username);
  }

  /**
   * New recovery codes, the old ones no longer good; proven with a current code.
   *
   * @throws UserRefusedException the code is wrong or two-factor sign-in is off
   */
  public List<String> newRecoveryCodes(String username, String code) {
    ConsoleUser user = user(username);
    if (!user.twoFactor() || !accepts(user, code)) {
      throw new UserRefusedException(Refusal.WRONG_CODE, "that code does not match");
    }
    List<String> codes = recoveryCodes();
    user.replaceRecoveryCodes(digests(codes));
    AUDIT.log(Level.INFO, "Console user {0} made new recovery codes", username);
    return codes;
  }

  /**
   * Whether this is a current code of the user's app (not used before), or one of their recovery
   * codes (which is then used up). Called under the sign-in's throttle.
   */
  boolean accepts(ConsoleUser user, String code) {
    if (!user.twoFactor() || code == null) {
      return false;
    }
    String c = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    if (SIX_DIGITS.matcher(c).matches()) {
      OptionalLong step = matchingStep(user.totpSecret().orElseThrow(), c);
      return step.isPresent() && user.takeStep(step.getAsLong());
    }
    boolean used = user.useRecoveryCode(digest(c));
    if (used) {
      AUDIT.log(
          Level.WARNING,
          "Console user {0} signed in with a recovery code ({1} left)",
          user.username(),
          user.recoveryCodesLeft());
    }
    return used;
  }

  /** The time step whose code this is, now or one step either side; empty when none. */
  OptionalLong matchingStep(String secret, String code) {
    if (code == null || !SIX_DIGITS.matcher(code.replaceAll("\\s", "")).matches()) {
      return OptionalLong.empty();
    }
    String c = code.replaceAll("\\s", "");
    SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
    Instant now = clock.instant();
    long current = now.getEpochSecond() / STEP_SECONDS;
    for (long step = current - 1; step <= current + 1; step++) {
      try {
        String expected =
            TOTP.generateOneTimePasswordString(
                key, Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        if (MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), c.getBytes(StandardCharsets.US_ASCII))) {
          return OptionalLong.of(step);
        }
      } catch (InvalidKeyException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The code an app shows for this secret at this time (tests and the sandbox only need it). */
  public static String codeAt(String secret, Instant at) {
    try {
      return TOTP.generateOneTimePasswordString(
          new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm()), at, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static List<String> recoveryCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      StringBuilder code = new StringBuilder();
      for (int j = 0; j < 10; j++) {
        if (j == 5) {
          code.append('-');
        }
        code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  private static List<String> digests(List<String> codes) {
    return codes.stream().map(c -> digest(c.replace("-", ""))).toList();
  }

  private static String digest(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private ConsoleUser user(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new UserRefusedException(Refusal.UNKNOWN_USER, "no user"));
  }
}
