package dev.paydesk.application.user;

import dev.paydesk.domain.user.ConsoleRole;
import java.time.Instant;

/** What became of a sign-in. */
public sealed interface SignIn {

  record Granted(String username, ConsoleRole role) implements SignIn {}

  /** Wrong username or password: which of the two is never said. */
  record WrongCredentials() implements SignIn {}

  /** Too many wrong passwords in a row: no password is even checked until then. */
  record Locked(Instant until) implements SignIn {}
}
