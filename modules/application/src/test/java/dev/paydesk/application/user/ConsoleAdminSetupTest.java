package dev.paydesk.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.domain.user.ConsoleRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleAdminSetupTest {

  final ConsoleUserServiceTest.InMemoryUsers accounts = new ConsoleUserServiceTest.InMemoryUsers();
  final ConsoleUserService users =
      new ConsoleUserService(
          accounts,
          new ConsoleUserServiceTest.CountingHash(),
          Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
          new SignInThrottle());

  ConsoleAdminSetup setup(String mode, String initialPassword) {
    ConsoleAdminSetup setup = new ConsoleAdminSetup();
    setup.users = users;
    setup.settings =
        new ConsoleSettings(Optional.ofNullable(initialPassword), new GatewayMode(mode));
    return setup;
  }

  @Test
  void liveModeWithoutAnInitialPasswordRefusesToStartNamingTheSetting() {
    assertThatThrownBy(() -> setup("live", null).createFirstAdmin())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paydesk.console.initial-admin-password")
        .hasMessageContaining("PAYDESK_CONSOLE_INITIAL_ADMIN_PASSWORD");
    assertThat(accounts.users).isEmpty();
  }

  @Test
  void liveModeMakesTheFirstAdminWithTheGivenPassword() {
    setup("live", "a long first password").createFirstAdmin();

    assertThat(users.signIn("admin", "a long first password", "127.0.0.1"))
        .satisfies(g -> assertThat(((SignIn.Granted) g).role()).isEqualTo(ConsoleRole.ADMIN));
  }

  @Test
  void sandboxModeMakesUpAPasswordOnlyWhenThereIsNoUserAndHandsItToTheBannerOnce() {
    ConsoleAdminSetup first = setup("sandbox", null);
    first.createFirstAdmin();
    String line = first.takeFirstSignIn().orElseThrow();
    String password = line.replaceAll("admin, password (\\S+) .*", "$1");
    assertThat(users.signIn("admin", password, "127.0.0.1")).isInstanceOf(SignIn.Granted.class);
    assertThat(first.takeFirstSignIn()).as("not kept once handed over").isEmpty();
    ConsoleAdminSetup second = setup("sandbox", null);
    second.createFirstAdmin();
    assertThat(second.takeFirstSignIn()).as("nothing to say when a user exists").isEmpty();

    assertThat(accounts.users)
        .singleElement()
        .satisfies(u -> assertThat(u.role()).isEqualTo(ConsoleRole.ADMIN));
  }

  @Test
  void aPasswordPrintedInSandboxModeNeverGuardsLiveMoney() {
    setup("sandbox", null).createFirstAdmin();
    assertThat(users.withShownPassword()).containsExactly("admin");

    assertThatThrownBy(() -> setup("live", null).createFirstAdmin())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("printed")
        .hasMessageContaining("paydesk.console.initial-admin-password");

    setup("live", "the live admin password").createFirstAdmin();
    assertThat(users.withShownPassword()).isEmpty();
    assertThat(users.signIn("admin", "the live admin password", "127.0.0.1"))
        .isInstanceOf(SignIn.Granted.class);
  }
}
