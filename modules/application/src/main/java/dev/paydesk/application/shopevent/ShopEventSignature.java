package dev.paydesk.application.shopevent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How events are signed, the way shops know from Stripe: header {@value #HEADER} is {@code t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the shared secret>}. A shop checks the HMAC
 * in constant time and that {@code t} is recent (else a recorded event could be replayed). While a
 * rotated secret's overlap lasts the header carries one {@code v1} per secret, newest first (as
 * Stripe does): a shop accepts the event when any of them is its secret's.
 */
public final class ShopEventSignature {

  public static final String HEADER = "Paydesk-Signature";

  private ShopEventSignature() {}

  public static String header(String secret, long timestamp, byte[] body) {
    return header(List.of(secret), timestamp, body);
  }

  /** The header signed with each secret, in the order given. */
  public static String header(List<String> secrets, long timestamp, byte[] body) {
    StringBuilder header = new StringBuilder("t=").append(timestamp);
    secrets.forEach(s -> header.append(",v1=").append(hmac(s, timestamp, body)));
    return header.toString();
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
    List<String> v1 = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
        t = Long.parseLong(kv[1]);
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        v1.add(kv[1]);
      }
    }
    if (t < 0) {
      return false;
    }
    byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (String candidate : v1) {
      match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
    }
    return match;
  }
}
