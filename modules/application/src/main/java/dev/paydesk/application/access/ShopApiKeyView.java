package dev.paydesk.application.access;

import dev.paydesk.domain.access.ShopApiKey;
import java.time.Instant;

/** A shop API key as the console lists it: its name and last characters, never the key. */
public record ShopApiKeyView(
    long id,
    String name,
    String hint,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedBy) {

  static ShopApiKeyView of(ShopApiKey key) {
    return new ShopApiKeyView(
        key.id(),
        key.name(),
        key.hint(),
        key.createdAt(),
        key.createdBy(),
        key.lastUsedAt().orElse(null),
        key.revokedAt().orElse(null),
        key.revokedBy().orElse(null));
  }

  public boolean active() {
    return revokedAt == null;
  }
}
