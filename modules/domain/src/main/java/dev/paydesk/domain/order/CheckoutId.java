package dev.paydesk.domain.order;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public, unguessable id of a checkout: the only thing a buyer's browser ever holds. 144 random
 * bits from {@link SecureRandom}, base62, prefixed so that it is recognisable in logs and support
 * requests.
 */
public record CheckoutId(String value) {

  private static final String PREFIX = "co_";
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int RANDOM_CHARS = 25; // 62^25 > 2^148
  private static final Pattern FORMAT = Pattern.compile("co_[0-9A-Za-z]{" + RANDOM_CHARS + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public CheckoutId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a checkout id: " + value);
    }
  }

  public static CheckoutId random() {
    StringBuilder sb = new StringBuilder(PREFIX);
    for (int i = 0; i < RANDOM_CHARS; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new CheckoutId(sb.toString());
  }

  /** A well-formed id, or empty: lets lookups answer "not found" instead of failing on junk. */
  public static java.util.Optional<CheckoutId> parse(String value) {
    return value != null && FORMAT.matcher(value).matches()
        ? java.util.Optional.of(new CheckoutId(value))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
