package dev.paydesk.domain.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an expiry sweep's walk stands: the last order it was given, by expiry time and then row id
 * (the store's order of due orders). A value, so a sweep keeps no order of an earlier page.
 */
public record DueCursor(Instant expiresAt, long rowId) {

  public DueCursor {
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Just after {@code order}: it must be stored and have an expiry time. */
  public static DueCursor after(Order order) {
    return new DueCursor(order.expiresAt().orElseThrow(), order.id());
  }
}
