package dev.paydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleUserTest {

  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  ConsoleUser user() {
    return ConsoleUser.create("ops.anna", "hash", ConsoleRole.OPERATOR, NOW);
  }

  @Test
  void fiveWrongPasswordsInARowLockItForFifteenMinutes() {
    ConsoleUser user = user();
    for (int i = 0; i < 4; i++) {
      user.signInFailed(NOW);
    }
    assertThat(user.maySignInAt(NOW)).isTrue();

    user.signInFailed(NOW);

    assertThat(user.maySignInAt(NOW)).isFalse();
    assertThat(user.lockedUntil(NOW)).contains(NOW.plus(ConsoleUser.LOCK_DURATION));
    assertThat(user.maySignInAt(NOW.plus(ConsoleUser.LOCK_DURATION))).isTrue();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    ConsoleUser user = user();
    for (int i = 0; i < 4; i++) {
      user.signInFailed(NOW);
    }
    user.signedIn(NOW);
    user.signInFailed(NOW);

    assertThat(user.maySignInAt(NOW)).isTrue();
    assertThat(user.lastLoginAt()).contains(NOW);
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    ConsoleUser user = user();
    user.disable();

    assertThat(user.maySignInAt(NOW)).isFalse();
  }

  @Test
  void usernamesAreShortLowercaseWords() {
    assertThatThrownBy(() -> ConsoleUser.create("Anna Smith", "h", ConsoleRole.VIEWER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsoleUser.create("<script>", "h", ConsoleRole.VIEWER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAdminsManageUsersAndViewersDoNotActOnOrders() {
    assertThat(ConsoleRole.ADMIN.mayManageUsers()).isTrue();
    assertThat(ConsoleRole.OPERATOR.mayManageUsers()).isFalse();
    assertThat(ConsoleRole.OPERATOR.mayActOnOrders()).isTrue();
    assertThat(ConsoleRole.VIEWER.mayActOnOrders()).isFalse();
  }
}
