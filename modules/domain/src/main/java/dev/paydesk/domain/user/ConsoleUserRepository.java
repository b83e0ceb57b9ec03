package dev.paydesk.domain.user;

import java.util.List;
import java.util.Optional;

/** Stored console accounts. */
public interface ConsoleUserRepository {

  /** Stores a new account; fails if its username is taken. */
  void add(ConsoleUser user);

  Optional<ConsoleUser> findByUsername(String username);

  List<ConsoleUser> all();

  long count();
}
