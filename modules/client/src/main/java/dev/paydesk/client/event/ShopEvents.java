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
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a shop event in one call:
 *
 * <pre>{@code
 * ShopEvent event = ShopEvents.verify(rawBody, request.getHeader(ShopEvents.HEADER),
 *     List.of(secret), ShopEvents.DEFAULT_TOLERANCE);
 * }</pre>
 *
 * The header is {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}, with one {@code
 * v1} per secret while the merchant rotates it. Check the raw bytes as they arrived, never
 * re-serialised JSON. The test vectors in Paydesk's {@code docs/shop-event-vectors.json} are the
 * ones this class is tested against; a shop can run them in its own build.
 */
public final class ShopEvents {

  /** The header Paydesk signs events in. */
  public static final String HEADER = "Paydesk-Signature";

  /** How old (or how far ahead) a signature may be: five minutes, as Stripe's default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final JsonProvider JSONP = JsonProvider.provider();

  private ShopEvents() {}

  /**
   * @param secrets the shop's secrets: the current one, and the previous one during a rotation
   * @throws ShopEventRefused not signed with any of them, too old or new, or not an event
   */
  public static ShopEvent verify(
      byte[] rawBody, String header, List<String> secrets, Duration tolerance)
      throws ShopEventRefused {
    return verify(rawBody, header, secrets, tolerance, Clock.systemUTC());
  }

  /**
   * As {@link #verify(byte[], String, List, Duration)}, checking the time against {@code clock}.
   */
  public static ShopEvent verify(
      byte[] rawBody, String header, List<String> secrets, Duration tolerance, Clock clock)
      throws ShopEventRefused {
    if (header == null || header.isBlank()) {
      throw new ShopEventRefused(Reason.MISSING_HEADER, "no " + HEADER + " header");
    }
    long t = -1;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) {
        continue;
      }
      if (kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
        t = Long.parseLong(kv[1]);
      } else if (kv[0].equals("v1") && kv[1].matches("[0-9a-f]{64}")) {
        signatures.add(kv[1]);
      }
    }
    if (t < 0 || signatures.isEmpty()) {
      throw new ShopEventRefused(
          Reason.MALFORMED_HEADER, HEADER + " needs t=<unix seconds> and at least one v1=<hex>");
    }
    if (!signedByAny(rawBody, t, signatures, secrets)) {
      throw new ShopEventRefused(
          Reason.BAD_SIGNATURE, "no signature matches the body with the shop's secrets");
    }
    long now = clock.instant().getEpochSecond();
    if (now - t > tolerance.toSeconds()) {
      throw new ShopEventRefused(
          Reason.TOO_OLD, "signed " + (now - t) + " s ago, more than " + tolerance.toSeconds());
    }
    if (t - now > tolerance.toSeconds()) {
      throw new ShopEventRefused(
          Reason.TOO_NEW, "signed " + (t - now) + " s ahead, more than " + tolerance.toSeconds());
    }
    return parse(rawBody);
  }

  /** The signature of a body at a time with a secret (what Paydesk puts after {@code v1=}). */
  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static boolean signedByAny(
      byte[] body, long t, List<String> signatures, List<String> secrets) {
    boolean match = false;
    for (String secret : secrets) {
      byte[] expected = sign(secret, t, body).getBytes(StandardCharsets.US_ASCII);
      for (String candidate : signatures) {
        // constant time per comparison, and every pair compared
        match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return match;
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
