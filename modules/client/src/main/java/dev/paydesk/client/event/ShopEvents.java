package dev.paydesk.client.event;

import dev.paydesk.client.event.ShopEventRefused.Reason;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a shop event in one call:
 *
 * <pre>{@code
 * ShopEvent event = ShopEvents.verify(rawBody, request::getHeader, List.of(secret),
 *     ShopEvents.DEFAULT_TOLERANCE);
 * }</pre>
 *
 * Paydesk signs every event twice, and either is enough:
 *
 * <ul>
 *   <li>the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> headers {@value
 *       #WEBHOOK_ID}, {@value #WEBHOOK_TIMESTAMP} and {@value #WEBHOOK_SIGNATURE} ({@code
 *       v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">}, space separated, one per
 *       secret), checked first when present;
 *   <li>{@value #HEADER}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}, one
 *       {@code v1} per secret, kept for shops built on it before (it goes in a later release).
 * </ul>
 *
 * The HMAC key is the secret's UTF-8 bytes, except a secret written {@code whsec_<base64>}, whose
 * key is the decoded bytes for the Standard Webhooks signature (as every Standard Webhooks library
 * reads it). Check the raw bytes as they arrived, never re-serialised JSON. Paydesk's {@code
 * docs/shop-event-vectors.json} are the vectors this class is tested against; a shop can run them
 * in its own build.
 */
public final class ShopEvents {

  /** Paydesk's own signature header (kept for one release beside the Standard Webhooks ones). */
  public static final String HEADER = "Paydesk-Signature";

  /** Standard Webhooks: the event's id, the same on every delivery. */
  public static final String WEBHOOK_ID = "webhook-id";

  /** Standard Webhooks: when this delivery was signed, in Unix seconds. */
  public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";

  /** Standard Webhooks: {@code v1,<base64>} signatures, separated by spaces. */
  public static final String WEBHOOK_SIGNATURE = "webhook-signature";

  /** How old (or how far ahead) a signature may be: five minutes, as Stripe's default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final JsonProvider JSONP = JsonProvider.provider();
  private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");
  private static final Pattern STANDARD_SECRET = Pattern.compile("whsec_([A-Za-z0-9+/]+={0,2})");

  private ShopEvents() {}

  /** A request's headers by name, whatever its case: {@code request::getHeader} fits. */
  @FunctionalInterface
  public interface Headers {
    /** The header's value, or null when the request has none. */
    String get(String name);

    /** Headers from a map such as JAX-RS's {@code HttpHeaders.getRequestHeaders()}. */
    static Headers of(Map<String, ? extends List<String>> headers) {
      return name ->
          headers.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
              .map(e -> e.getValue().get(0))
              .findFirst()
              .orElse(null);
    }
  }

  /**
   * @param headers the request's headers ({@code request::getHeader}, {@code
   *     httpHeaders::getHeaderString})
   * @param secrets the shop's secrets: the current one, and the previous one during a rotation
   * @throws ShopEventRefused not signed with any of them, too old or new, or not an event
   */
  public static ShopEvent verify(
      byte[] rawBody, Headers headers, List<String> secrets, Duration tolerance)
      throws ShopEventRefused {
    return verify(rawBody, headers, secrets, tolerance, Clock.systemUTC());
  }

  /**
   * As {@link #verify(byte[], Headers, List, Duration)}, checking the time against {@code clock}.
   */
  public static ShopEvent verify(
      byte[] rawBody, Headers headers, List<String> secrets, Duration tolerance, Clock clock)
      throws ShopEventRefused {
    long signedAt;
    if (present(headers.get(WEBHOOK_SIGNATURE))) {
      signedAt = verifyStandard(rawBody, headers, secrets);
    } else if (present(headers.get(HEADER))) {
      signedAt = verifyPaydesk(rawBody, headers.get(HEADER), secrets);
    } else {
      throw new ShopEventRefused(
          Reason.MISSING_HEADER, "neither " + WEBHOOK_SIGNATURE + " nor " + HEADER + " is sent");
    }
    long now = clock.instant().getEpochSecond();
    if (now - signedAt > tolerance.toSeconds()) {
      throw new ShopEventRefused(
          Reason.TOO_OLD,
          "signed " + (now - signedAt) + " s ago, more than " + tolerance.toSeconds());
    }
    if (signedAt - now > tolerance.toSeconds()) {
      throw new ShopEventRefused(
          Reason.TOO_NEW,
          "signed " + (signedAt - now) + " s ahead, more than " + tolerance.toSeconds());
    }
    return parse(rawBody);
  }

  private static long verifyStandard(byte[] body, Headers headers, List<String> secrets)
      throws ShopEventRefused {
    String id = headers.get(WEBHOOK_ID);
    String timestamp = headers.get(WEBHOOK_TIMESTAMP);
    if (!present(id) || timestamp == null || !UNIX_SECONDS.matcher(timestamp.strip()).matches()) {
      throw new ShopEventRefused(
          Reason.MALFORMED_HEADER,
          WEBHOOK_SIGNATURE
              + " needs "
              + WEBHOOK_ID
              + " and "
              + WEBHOOK_TIMESTAMP
              + " (Unix seconds) beside it");
    }
    long t = Long.parseLong(timestamp.strip());
    List<byte[]> signatures = new ArrayList<>();
    for (String part : headers.get(WEBHOOK_SIGNATURE).strip().split(" +")) {
      if (part.startsWith("v1,")) {
        try {
          signatures.add(Base64.getDecoder().decode(part.substring(3)));
        } catch (IllegalArgumentException notBase64) {
          // another sender's or a damaged entry: it cannot match
        }
      }
    }
    if (signatures.isEmpty()) {
      throw new ShopEventRefused(
          Reason.MALFORMED_HEADER, WEBHOOK_SIGNATURE + " has no v1,<base64> signature");
    }
    List<byte[]> expected = new ArrayList<>();
    secrets.forEach(s -> expected.add(standardHmac(s, id.strip(), t, body)));
    if (!anyEqual(expected, signatures)) {
      throw new ShopEventRefused(
          Reason.BAD_SIGNATURE, "no signature matches the body with the shop's secrets");
    }
    return t;
  }

  private static long verifyPaydesk(byte[] body, String header, List<String> secrets)
      throws ShopEventRefused {
    long t = -1;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) {
        continue;
      }
      if (kv[0].equals("t") && UNIX_SECONDS.matcher(kv[1]).matches()) {
        t = Long.parseLong(kv[1]);
      } else if (kv[0].equals("v1") && kv[1].matches("[0-9a-f]{64}")) {
        signatures.add(kv[1].getBytes(StandardCharsets.US_ASCII));
      }
    }
    if (t < 0 || signatures.isEmpty()) {
      throw new ShopEventRefused(
          Reason.MALFORMED_HEADER, HEADER + " needs t=<unix seconds> and at least one v1=<hex>");
    }
    List<byte[]> expected = new ArrayList<>();
    for (String secret : secrets) {
      expected.add(sign(secret, t, body).getBytes(StandardCharsets.US_ASCII));
    }
    if (!anyEqual(expected, signatures)) {
      throw new ShopEventRefused(
          Reason.BAD_SIGNATURE, "no signature matches the body with the shop's secrets");
    }
    return t;
  }

  /** The signature of a body at a time with a secret (what Paydesk puts after {@code v1=}). */
  public static String sign(String secret, long timestamp, byte[] body) {
    return HexFormat.of()
        .formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + ".", body));
  }

  /**
   * The Standard Webhooks signature of a body (what Paydesk puts after {@code v1,} in {@value
   * #WEBHOOK_SIGNATURE}).
   */
  public static String signStandard(String secret, String id, long timestamp, byte[] body) {
    return Base64.getEncoder().encodeToString(standardHmac(secret, id, timestamp, body));
  }

  /**
   * The secret as a Standard Webhooks library takes it ({@code whsec_<base64 of the key>}), for a
   * shop that verifies with such a library instead of this class.
   */
  public static String standardWebhooksSecret(String secret) {
    return STANDARD_SECRET.matcher(secret).matches()
        ? secret
        : "whsec_" + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] standardHmac(String secret, String id, long timestamp, byte[] body) {
    return hmac(standardKey(secret), id + "." + timestamp + ".", body);
  }

  private static byte[] standardKey(String secret) {
    var standard = STANDARD_SECRET.matcher(secret);
    if (standard.matches()) {
      try {
        return Base64.getDecoder().decode(standard.group(1));
      } catch (IllegalArgumentException notBase64) {
        // whsec_ followed by something else: the secret as written
      }
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hmac(byte[] key, String prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static boolean anyEqual(List<byte[]> expected, List<byte[]> candidates) {
    boolean match = false;
    for (byte[] e : expected) {
      for (byte[] candidate : candidates) {
        // constant time per comparison, and every pair compared
        match |= MessageDigest.isEqual(e, candidate);
      }
    }
    return match;
  }

  private static boolean present(String header) {
    return header != null && !header.isBlank();
  }

  private static ShopEvent parse(byte[] body) throws ShopEventRefused {
    try (JsonReader reader = JSONP.createReader(new ByteArrayInputStream(body))) {
      JsonObject event = reader.readObject();
      return new ShopEvent(
          event.getString("id"),
          event.getString("type"),
          Instant.parse(event.getString("createdAt")),
          event.getBoolean("livemode"),
          event.getJsonObject("data"));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalStateException
        | DateTimeParseException e) {
      throw new ShopEventRefused(
          Reason.MALFORMED_BODY, "signed, but not a Paydesk event: " + e.getMessage());
    }
  }
}
