package dev.paydesk.application.user;

import dev.paydesk.domain.user.ConsoleRole;

/** What became of a sign-in. */
public sealed interface SignIn {

  /**
   * @param grant the stamp of what was granted (see {@code ConsoleUser#grantStamp}); a session
   *     keeps it and ends once it no longer matches
   */
  record Granted(String username, ConsoleRole role, String grant) implements SignIn {}

  /**
   * The password is right and the account has two-factor sign-in on: nothing is granted until
   * {@code ConsoleUserService#secondFactor} gets a code.
   */
  record SecondFactorNeeded(String username) implements SignIn {}

  /**
   * Refused: a wrong username or password, a disabled account, or too many attempts. Which of these
   * it was is never said to the one signing in (the audit log has it).
   */
  record Refused(Reason reason) implements SignIn {}

  /** Why a sign-in was refused, for the audit log only. */
  enum Reason {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    DISABLED,
    WRONG_CODE,
    TOO_MANY_ATTEMPTS
  }
}
