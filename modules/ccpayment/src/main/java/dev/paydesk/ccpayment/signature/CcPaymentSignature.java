package dev.paydesk.ccpayment.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * CCPayment v1's signature: lowercase hex SHA-256 of {@code appId + appSecret + timestamp + body},
 * where body is the exact bytes sent. The same formula signs requests, successful responses and
 * webhooks.
 */
public final class CcPaymentSignature {

  public static final String APP_ID_HEADER = "Appid";
  public static final String TIMESTAMP_HEADER = "Timestamp";
  public static final String SIGN_HEADER = "Sign";

  private CcPaymentSignature() {}

  public static String sign(String appId, String appSecret, String timestamp, byte[] body) {
    MessageDigest sha256 = sha256();
    sha256.update((appId + appSecret + timestamp).getBytes(StandardCharsets.UTF_8));
    sha256.update(body);
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Compares in constant time, so a forger learns nothing from how long a rejection takes. */
  public static boolean verify(
      String appId, String appSecret, String timestamp, byte[] body, String sign) {
    if (appId == null || timestamp == null || sign == null) {
      return false;
    }
    byte[] expected = sign(appId, appSecret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(
        expected, sign.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }

  /** The 10-digit Unix-seconds timestamp CCPayment expects. */
  public static String timestamp(Instant now) {
    return Long.toString(now.getEpochSecond());
  }

  /**
   * Whether a {@code Timestamp} header is ten digits and within the window around now.
   *
   * @param maxAge how far in the past it may be
   * @param maxAhead how far in the future (clock skew) it may be
   */
  public static boolean isFresh(String timestamp, Instant now, Duration maxAge, Duration maxAhead) {
    if (timestamp == null || !timestamp.matches("\\d{10}")) {
      return false;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
    return !sent.isBefore(now.minus(maxAge)) && !sent.isAfter(now.plus(maxAhead));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
