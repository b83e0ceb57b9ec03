package dev.paydesk.domain.user;

import java.util.List;
import java.util.Optional;

/** Signed-in console sessions. */
public interface ConsoleSessionRepository {

  void add(ConsoleSession session);

  Optional<ConsoleSession> find(String id);

  /** A user's sessions not ended, latest seen first. */
  List<ConsoleSession> activeOf(String username);

  /** Deletes the sessions last seen before {@code cutoff}; how many went. */
  int removeSeenBefore(java.time.Instant cutoff);
}
