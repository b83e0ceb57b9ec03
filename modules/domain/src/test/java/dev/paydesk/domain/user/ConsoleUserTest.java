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
  void wrongPasswordsAreCountedButNeverLockTheAccount() {
    ConsoleUser user = user();
    for (int i = 0; i < 50; i++) {
      user.signInFailed();
    }
    assertThat(user.failedLogins()).isEqualTo(50);
    assertThat(user.enabled()).isTrue();

    user.signedIn(NOW);
    assertThat(user.failedLogins()).isZero();
    assertThat(user.lastLoginAt()).contains(NOW);
  }

  @Test
  void theGrantChangesWithRolePasswordAndAccessOnly() {
    ConsoleUser user = user();
    String grant = user.grantStamp();
    user.signedIn(NOW);
    user.signInFailed();
    assertThat(user.grantStamp()).isEqualTo(grant);
    user.changeRole(ConsoleRole.VIEWER);
    String viewer = user.grantStamp();
    assertThat(viewer).isNotEqualTo(grant);
    user.changePassword("another hash");
    assertThat(user.grantStamp()).isNotEqualTo(viewer);
    String withPassword = user.grantStamp();
    user.disable();
    assertThat(user.grantStamp()).isNotEqualTo(withPassword);
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
