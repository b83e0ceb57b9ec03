package dev.paydesk.application.shopevent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How events are signed. Every event carries two signatures; a shop checks either:
 *
 * <ul>
 *   <li><a href="https://www.standardwebhooks.com/">Standard Webhooks</a>: {@value #WEBHOOK_ID}
 *       (the event id, the same on every delivery), {@value #WEBHOOK_TIMESTAMP} (Unix seconds) and
 *       {@value #WEBHOOK_SIGNATURE}: {@code v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw
 *       body>">}, space separated. The key is the secret's UTF-8 bytes, or for a secret written
 *       {@code whsec_<base64>} the decoded bytes, as Standard Webhooks libraries read it.
 *   <li>Paydesk's own, the way shops know from Stripe, kept for one release for shops built on it:
 *       {@value #HEADER} is {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with
 *       the secret's UTF-8 bytes>}.
 * </ul>
 *
 * A shop checks the HMAC in constant time and that the time is recent (else a recorded event could
 * be replayed). While a rotated secret's overlap lasts each carries one signature per secret,
 * newest first (as Stripe does): a shop accepts the event when any of them is its secret's. The
 * shop kit ({@code dev.paydesk.client.event.ShopEvents}) does all this in one call.
 */
public final class ShopEventSignature {

  public static final String HEADER = "Paydesk-Signature";
  public static final String WEBHOOK_ID = "webhook-id";
  public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
  public static final String WEBHOOK_SIGNATURE = "webhook-signature";

  private static final Pattern STANDARD_SECRET = Pattern.compile("whsec_([A-Za-z0-9+/]+={0,2})");

  private ShopEventSignature() {}

  /**
   * Every signature header of an event, in the order they are sent: the Standard Webhooks three,
   * then {@value #HEADER}.
   */
  public static Map<String, String> headers(
      List<String> secrets, String eventId, long timestamp, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WEBHOOK_ID, eventId);
    headers.put(WEBHOOK_TIMESTAMP, Long.toString(timestamp));
    headers.put(WEBHOOK_SIGNATURE, standardSignature(secrets, eventId, timestamp, body));
    headers.put(HEADER, header(secrets, timestamp, body));
    return headers;
  }

  /** {@value #WEBHOOK_SIGNATURE}: {@code v1,<base64>} per secret, in the order given. */
  public static String standardSignature(
      List<String> secrets, String eventId, long timestamp, byte[] body) {
    StringJoiner signatures = new StringJoiner(" ");
    for (String secret : secrets) {
      byte[] mac = mac(standardKey(secret), eventId + "." + timestamp + ".", body);
      signatures.add("v1," + Base64.getEncoder().encodeToString(mac));
    }
    return signatures.toString();
  }

  private static byte[] standardKey(String secret) {
    Matcher standard = STANDARD_SECRET.matcher(secret);
    if (standard.matches()) {
      try {
        return Base64.getDecoder().decode(standard.group(1));
      } catch (IllegalArgumentException notBase64) {
        // whsec_ followed by something else: the secret as written
      }
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }

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
    return HexFormat.of()
        .formatHex(mac(secret.getBytes(StandardCharsets.UTF_8), timestamp + ".", body));
  }

  private static byte[] mac(byte[] key, String prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
