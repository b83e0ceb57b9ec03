package dev.paydesk.application.shopevent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How events are signed, the way shops know from Stripe: header {@value #HEADER} is {@code t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the shared secret>}. A shop checks the HMAC
 * in constant time and that {@code t} is recent (else a recorded event could be replayed).
 */
public final class ShopEventSignature {

  public static final String HEADER = "Paydesk-Signature";

  private ShopEventSignature() {}

  public static String header(String secret, long timestamp, byte[] body) {
    return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
  }

  public static String hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** What a shop does with the header: true when it signs this body with this secret. */
  public static boolean verify(String secret, String header, byte[] body) {
    if (header == null) {
      return false;
    }
    long t = -1;
    String v1 = null;
    for (String part : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
        t = Long.parseLong(kv[1]);
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        v1 = kv[1];
      }
    }
    return t >= 0
        && v1 != null
        && MessageDigest.isEqual(
            hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII),
            v1.getBytes(StandardCharsets.US_ASCII));
  }
}
