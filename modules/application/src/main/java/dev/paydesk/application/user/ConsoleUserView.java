package dev.paydesk.application.user;

import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.ConsoleUser;
import java.time.Instant;

/** A console account as the administration page shows it: never its password hash. */
public record ConsoleUserView(
    String username,
    ConsoleRole role,
    boolean enabled,
    Instant createdAt,
    Instant lastLoginAt,
    boolean twoFactor) {

  static ConsoleUserView of(ConsoleUser user) {
    return new ConsoleUserView(
        user.username(),
        user.role(),
        user.enabled(),
        user.createdAt(),
        user.lastLoginAt().orElse(null),
        user.twoFactor());
  }
}
