package dev.paydesk.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MovingClock;
import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.UserRefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoFactorServiceTest {

  final ConsoleUserServiceTest.InMemoryUsers users = new ConsoleUserServiceTest.InMemoryUsers();
  final MovingClock clock = new MovingClock();
  final TwoFactorService twoFactor = new TwoFactorService(users, clock);
  final ConsoleUserService service =
      new ConsoleUserService(
          users, new ConsoleUserServiceTest.CountingHash(), clock, new SignInThrottle(), twoFactor);

  static final String CLIENT = "198.51.100.4";
  static final String PASSWORD = "a-long-password-1";

  ConsoleUser alice() {
    service.create("alice", PASSWORD, ConsoleRole.ADMIN);
    return users.findByUsername("alice").orElseThrow();
  }

  List<String> enrol() {
    alice();
    TwoFactorService.Enrolment enrolment = twoFactor.begin("alice");
    assertThat(enrolment.uri())
        .startsWith("otpauth://totp/Paydesk%3Aalice?secret=" + enrolment.secret())
        .contains("issuer=Paydesk", "digits=6", "period=30");
    return twoFactor.confirm(
        "alice", enrolment.secret(), TwoFactorService.codeAt(enrolment.secret(), clock.now));
  }

  String secret() {
    return users.findByUsername("alice").orElseThrow().totpSecret().orElseThrow();
  }

  @Test
  void aWrongFirstCodeLeavesItOff() {
    alice();
    TwoFactorService.Enrolment enrolment = twoFactor.begin("alice");

    assertThatThrownBy(() -> twoFactor.confirm("alice", enrolment.secret(), "000000"))
        .isInstanceOf(UserRefusedException.class);
    assertThat(users.findByUsername("alice").orElseThrow().twoFactor()).isFalse();
    assertThat(service.signIn("alice", PASSWORD, CLIENT)).isInstanceOf(SignIn.Granted.class);
  }

  @Test
  void withItOnThePasswordAloneGrantsNothingAndTheAppsCodeCountsOnce() {
    List<String> recovery = enrol();
    assertThat(recovery).hasSize(TwoFactorService.RECOVERY_CODES).doesNotHaveDuplicates();

    clock.now = clock.now.plusSeconds(60);
    assertThat(service.signIn("alice", PASSWORD, CLIENT))
        .isEqualTo(new SignIn.SecondFactorNeeded("alice"));
    assertThat(service.secondFactor("alice", "123456", CLIENT)).isInstanceOf(SignIn.Refused.class);
    String code = TwoFactorService.codeAt(secret(), clock.now);
    assertThat(service.secondFactor("alice", code, CLIENT)).isInstanceOf(SignIn.Granted.class);
    // the same code again, seconds later (a replay): refused
    clock.now = clock.now.plusSeconds(5);
    assertThat(service.secondFactor("alice", code, CLIENT)).isInstanceOf(SignIn.Refused.class);
  }

  @Test
  void aCodeOfTheStepBeforeOrAfterCountsForClockDriftButNotTwoAway() {
    enrol();
    clock.now = clock.now.plusSeconds(300);
    assertThat(
            service.secondFactor(
                "alice", TwoFactorService.codeAt(secret(), clock.now.minusSeconds(30)), CLIENT))
        .isInstanceOf(SignIn.Granted.class);
    clock.now = clock.now.plusSeconds(300);
    assertThat(
            service.secondFactor(
                "alice", TwoFactorService.codeAt(secret(), clock.now.minusSeconds(61)), CLIENT))
        .isInstanceOf(SignIn.Refused.class);
  }

  @Test
  void aRecoveryCodeSignsInOnceInWhateverCaseAndSpacing() {
    List<String> recovery = enrol();
    String code = recovery.get(3);

    assertThat(service.secondFactor("alice", " " + code.toUpperCase() + " ", CLIENT))
        .isInstanceOf(SignIn.Granted.class);
    assertThat(service.secondFactor("alice", code, CLIENT)).isInstanceOf(SignIn.Refused.class);
    assertThat(users.findByUsername("alice").orElseThrow().recoveryCodesLeft()).isEqualTo(9);
  }

  @Test
  void newRecoveryCodesEndTheOldOnesAndTurningItOffNeedsACode() {
    List<String> old = enrol();
    clock.now = clock.now.plusSeconds(60);
    List<String> renewed =
        twoFactor.newRecoveryCodes("alice", TwoFactorService.codeAt(secret(), clock.now));

    assertThat(renewed).doesNotContainAnyElementsOf(old);
    assertThat(service.secondFactor("alice", old.get(0), CLIENT))
        .isInstanceOf(SignIn.Refused.class);
    assertThatThrownBy(() -> twoFactor.disable("alice", "999999"))
        .isInstanceOf(UserRefusedException.class);

    twoFactor.disable("alice", renewed.get(0));

    assertThat(service.signIn("alice", PASSWORD, CLIENT)).isInstanceOf(SignIn.Granted.class);
  }
}
