package dev.paydesk.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop API key made in the console. Only its SHA-256 digest is kept, and its last characters to
 * tell it from the others; the key itself is shown once, when made. Revoked keys stay listed.
 */
public class ShopApiKey {

  public static final int MAX_NAME = 60;

  /** How stale "last used" may get: one write per key and instance a minute at most. */
  public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private Long id;
  private long version;
  private String name;
  private String digest;
  private String hint;
  private Instant createdAt;
  private String createdBy;
  private Instant revokedAt;
  private String revokedBy;
  private Instant lastUsedAt;

  protected ShopApiKey() {
    // for the persistence mapping
  }

  private ShopApiKey(String name, String digest, String hint, Instant at, String by) {
    this.name = name;
    this.digest = Objects.requireNonNull(digest, "digest");
    this.hint = hint;
    this.createdAt = at;
    this.createdBy = by;
  }

  /**
   * @throws IllegalArgumentException a name that is blank, longer than {@value #MAX_NAME} or more
   *     than one line
   */
  public static ShopApiKey create(String name, String digest, String hint, Instant at, String by) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a key's name is one line of 1 to " + MAX_NAME + " characters (such as \"web shop\")");
    }
    return new ShopApiKey(n, digest, hint, at, by);
  }

  /** Refused from now on, on every instance; false when it already was. */
  public boolean revoke(Instant at, String by) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = at;
    revokedBy = by;
    return true;
  }

  public void used(Instant at) {
    if (lastUsedAt == null || at.isAfter(lastUsedAt)) {
      lastUsedAt = at;
    }
  }

  public boolean active() {
    return revokedAt == null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String digest() {
    return digest;
  }

  /** The key's last characters, shown as "…abcd". */
  public String hint() {
    return hint;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }
}
