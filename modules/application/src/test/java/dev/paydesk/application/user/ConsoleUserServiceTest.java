package dev.paydesk.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.ConsoleUserRepository;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleUserServiceTest {

  /** Accounts in memory. */
  static class InMemoryUsers implements ConsoleUserRepository {
    final List<ConsoleUser> users = new ArrayList<>();

    @Override
    public void add(ConsoleUser user) {
      users.add(user);
    }

    @Override
    public Optional<ConsoleUser> findByUsername(String username) {
      return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<ConsoleUser> all() {
      return users;
    }

    @Override
    public long count() {
      return users.size();
    }
  }

  /** A stand-in hash (the real one is the container's PBKDF2), counting how often it works. */
  static class CountingHash implements Pbkdf2PasswordHash {
    int verifications;
    Map<String, String> parameters;

    @Override
    public void initialize(Map<String, String> parameters) {
      this.parameters = parameters;
    }

    @Override
    public String generate(char[] password) {
      return "hashed:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      verifications++;
      return hashedPassword.equals(generate(password));
    }
  }

  final InMemoryUsers users = new InMemoryUsers();
  final CountingHash hash = new CountingHash();
  final ConsoleUserService service =
      new ConsoleUserService(
          users, hash, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void keepsOnlyAHashAndSignsInWithTheRightPassword() {
    service.create("anna", "correct horse battery", ConsoleRole.OPERATOR);

    assertThat(users.users.get(0).passwordHash()).isNotEqualTo("correct horse battery");
    assertThat(service.signIn("anna", "correct horse battery"))
        .isEqualTo(new SignIn.Granted("anna", ConsoleRole.OPERATOR));
    assertThat(service.signIn("anna", "wrong horse battery"))
        .isInstanceOf(SignIn.WrongCredentials.class);
  }

  @Test
  void usesStrongHashParameters() {
    assertThat(hash.parameters)
        .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256")
        .containsEntry("Pbkdf2PasswordHash.Iterations", "600000");
  }

  @Test
  void anUnknownUserCostsAHashToo() {
    int before = hash.verifications;

    assertThat(service.signIn("nobody", "whatever")).isInstanceOf(SignIn.WrongCredentials.class);

    assertThat(hash.verifications).isEqualTo(before + 1);
  }

  @Test
  void theFifthWrongPasswordLocksAndThenEvenTheRightOneIsRefused() {
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);
    for (int i = 0; i < 4; i++) {
      assertThat(service.signIn("anna", "wrong")).isInstanceOf(SignIn.WrongCredentials.class);
    }

    assertThat(service.signIn("anna", "wrong")).isInstanceOf(SignIn.Locked.class);
    int before = hash.verifications;
    assertThat(service.signIn("anna", "correct horse battery")).isInstanceOf(SignIn.Locked.class);
    assertThat(hash.verifications).as("no password is checked while locked").isEqualTo(before);
  }

  @Test
  void refusesShortPasswordsAndTakenNames() {
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    assertThatThrownBy(() -> service.create("bob", "short", ConsoleRole.VIEWER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 characters");
    assertThatThrownBy(() -> service.create("anna", "another long password", ConsoleRole.ADMIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taken");
  }

  @Test
  void changingOnesPasswordNeedsTheCurrentOne() {
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    assertThatThrownBy(
            () -> service.changeOwnPassword("anna", "not current", "a brand new password"))
        .isInstanceOf(IllegalArgumentException.class);
    service.changeOwnPassword("anna", "correct horse battery", "a brand new password");

    assertThat(service.signIn("anna", "a brand new password")).isInstanceOf(SignIn.Granted.class);
  }

  @Test
  void anAdminChangesRoleAccessAndPasswordOfAnotherUser() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    service.change("root", "anna", ConsoleRole.OPERATOR, true, "a fresh long password");
    assertThat(service.signIn("anna", "a fresh long password"))
        .isEqualTo(new SignIn.Granted("anna", ConsoleRole.OPERATOR));

    service.change("root", "anna", ConsoleRole.OPERATOR, false, null);
    assertThat(service.signIn("anna", "a fresh long password"))
        .isInstanceOf(SignIn.WrongCredentials.class);
  }

  @Test
  void theLastAdminCannotBeDemotedNorDisabled() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);

    assertThatThrownBy(() -> service.change("root", "root", ConsoleRole.VIEWER, true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("admin");
    assertThatThrownBy(() -> service.change("root", "root", ConsoleRole.ADMIN, false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
