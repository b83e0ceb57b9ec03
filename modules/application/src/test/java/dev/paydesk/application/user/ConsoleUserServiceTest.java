package dev.paydesk.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.ConsoleUserRepository;
import dev.paydesk.domain.user.UserRefusedException;
import dev.paydesk.domain.user.UserRefusedException.Refusal;
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
          users,
          hash,
          Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
          new SignInThrottle());

  static final String CLIENT = "198.51.100.4";

  SignIn signIn(String username, String password) {
    return service.signIn(username, password, CLIENT);
  }

  @Test
  void keepsOnlyAHashAndSignsInWithTheRightPassword() {
    service.create("anna", "correct horse battery", ConsoleRole.OPERATOR);

    assertThat(users.users.get(0).passwordHash()).isNotEqualTo("correct horse battery");
    assertThat(signIn("anna", "correct horse battery"))
        .satisfies(g -> assertThat(((SignIn.Granted) g).role()).isEqualTo(ConsoleRole.OPERATOR));
    assertThat(signIn("anna", "wrong horse battery"))
        .isEqualTo(new SignIn.Refused(SignIn.Reason.WRONG_PASSWORD));
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

    assertThat(signIn("nobody", "whatever"))
        .isEqualTo(new SignIn.Refused(SignIn.Reason.UNKNOWN_USER));

    assertThat(hash.verifications).isEqualTo(before + 1);
  }

  @Test
  void aStrangersWrongPasswordsNeverKeepTheOwnerOut() {
    service.create("admin", "correct horse battery", ConsoleRole.ADMIN);
    for (int i = 0; i < 10; i++) {
      assertThat(service.signIn("admin", "guess-" + i, "203.0.113.9"))
          .isInstanceOf(SignIn.Refused.class);
    }
    assertThat(service.signIn("admin", "correct horse battery", CLIENT))
        .isInstanceOf(SignIn.Granted.class);
    assertThat(service.signIn("admin", "correct horse battery", "203.0.113.9"))
        .as("the guesser waits, even with the right password")
        .isEqualTo(new SignIn.Refused(SignIn.Reason.TOO_MANY_ATTEMPTS));
  }

  @Test
  void lockedDisabledAndUnknownCostOneHashEachAndLookTheSame() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);
    service.change("root", "anna", ConsoleRole.VIEWER, false, null);
    int before = hash.verifications;

    SignIn disabled = signIn("anna", "correct horse battery");
    SignIn unknown = signIn("nobody", "correct horse battery");
    SignIn wrong = signIn("root", "wrong horse battery");

    assertThat(hash.verifications).isEqualTo(before + 3);
    assertThat(java.util.List.of(disabled, unknown, wrong))
        .allSatisfy(r -> assertThat(r).isInstanceOf(SignIn.Refused.class));
  }

  @Test
  void aSessionsGrantChangesWithRolePasswordAndAccess() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);
    service.create("anna", "correct horse battery", ConsoleRole.OPERATOR);
    String grant = ((SignIn.Granted) signIn("anna", "correct horse battery")).grant();
    assertThat(service.currentGrant("anna")).contains(grant);

    service.change("root", "anna", ConsoleRole.VIEWER, true, null);
    assertThat(service.currentGrant("anna")).isPresent().isNotEqualTo(java.util.Optional.of(grant));
    String viewer = service.currentGrant("anna").orElseThrow();
    service.change("root", "anna", ConsoleRole.VIEWER, true, "a brand new long password");
    assertThat(service.currentGrant("anna"))
        .isPresent()
        .isNotEqualTo(java.util.Optional.of(viewer));
    service.change("root", "anna", ConsoleRole.VIEWER, false, null);
    assertThat(service.currentGrant("anna")).isEmpty();
  }

  @Test
  void refusesShortPasswordsAndTakenNames() {
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    assertThatThrownBy(() -> service.create("bob", "short", ConsoleRole.VIEWER))
        .isInstanceOfSatisfying(
            UserRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.WEAK_PASSWORD))
        .hasMessageContaining("12 characters");
    assertThatThrownBy(() -> service.create("anna", "another long password", ConsoleRole.ADMIN))
        .isInstanceOfSatisfying(
            UserRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.USERNAME_TAKEN))
        .hasMessageContaining("taken");
  }

  @Test
  void changingOnesPasswordNeedsTheCurrentOne() {
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    assertThatThrownBy(
            () -> service.changeOwnPassword("anna", "not current", "a brand new password"))
        .isInstanceOfSatisfying(
            UserRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_PASSWORD));
    service.changeOwnPassword("anna", "correct horse battery", "a brand new password");

    assertThat(signIn("anna", "a brand new password")).isInstanceOf(SignIn.Granted.class);
  }

  @Test
  void anAdminChangesRoleAccessAndPasswordOfAnotherUser() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);
    service.create("anna", "correct horse battery", ConsoleRole.VIEWER);

    service.change("root", "anna", ConsoleRole.OPERATOR, true, "a fresh long password");
    assertThat(signIn("anna", "a fresh long password"))
        .satisfies(g -> assertThat(((SignIn.Granted) g).role()).isEqualTo(ConsoleRole.OPERATOR));

    service.change("root", "anna", ConsoleRole.OPERATOR, false, null);
    assertThat(signIn("anna", "a fresh long password"))
        .isEqualTo(new SignIn.Refused(SignIn.Reason.DISABLED));
  }

  @Test
  void theLastAdminCannotBeDemotedNorDisabled() {
    service.create("root", "correct horse battery", ConsoleRole.ADMIN);

    assertThatThrownBy(() -> service.change("root", "root", ConsoleRole.VIEWER, true, null))
        .isInstanceOfSatisfying(
            UserRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_ADMIN))
        .hasMessageContaining("admin");
    assertThatThrownBy(() -> service.change("root", "root", ConsoleRole.ADMIN, false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
