package dev.paydesk.ccpayment.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CCPayment v2's signature: lowercase hex HMAC-SHA256 keyed with the app secret over {@code appId +
 * timestamp + body}, where body is the exact bytes sent (nothing for an empty body). The same
 * formula signs requests and webhooks; v2 answers are not signed. The headers and the timestamp
 * (ten digits, seconds) are v1's ({@link CcPaymentSignature}). Not yet used on the money path: the
 * v2 client and webhook receiver build on it (issue 21).
 */
public final class CcPaymentV2Signature {

  private static final String HMAC_SHA256 = "HmacSHA256";

  private CcPaymentV2Signature() {}

  /**
   * @param body the raw bytes sent or received; an empty body adds nothing (the official Go SDK and
   *     the documentation's examples), while {@code {}} is signed as sent (the Java and Python
   *     SDKs)
   */
  public static String sign(String appId, String appSecret, String timestamp, byte[] body) {
    Mac mac = hmac(appSecret);
    mac.update((appId + timestamp).getBytes(StandardCharsets.UTF_8));
    if (body != null && body.length > 0) {
      mac.update(body);
    }
    return HexFormat.of().formatHex(mac.doFinal());
  }

  /**
   * Compares in constant time, over the raw bytes as they arrived (re-serialised JSON signs
   * differently); a signature in upper case is accepted.
   */
  public static boolean verify(
      String appId, String appSecret, String timestamp, byte[] body, String sign) {
    if (appId == null || appSecret == null || timestamp == null || sign == null) {
      return false;
    }
    byte[] expected = sign(appId, appSecret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(
        expected, sign.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }

  private static Mac hmac(String appSecret) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
