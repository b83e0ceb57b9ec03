package dev.paydesk.application.access;

import java.util.Optional;

/**
 * The least a secret Paydesk checks presented values against (a shop API key, the shop-event
 * signing secret) must be in live mode: 32 characters or more, of at least 10 different ones (what
 * {@code openssl rand -hex 16} or a password manager gives, never a word).
 */
public final class SecretStrength {

  public static final int MIN_LENGTH = 32;
  static final int MIN_DISTINCT = 10;

  private SecretStrength() {}

  /** Why the secret is too weak, or empty when it is strong enough. */
  public static Optional<String> weakness(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return Optional.of(
          "is shorter than " + MIN_LENGTH + " characters (e.g. openssl rand -hex 24)");
    }
    if (secret.chars().distinct().count() < MIN_DISTINCT) {
      return Optional.of("has fewer than " + MIN_DISTINCT + " different characters");
    }
    return Optional.empty();
  }
}
