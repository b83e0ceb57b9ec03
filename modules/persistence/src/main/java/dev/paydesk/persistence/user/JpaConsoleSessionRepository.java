package dev.paydesk.persistence.user;

import dev.paydesk.domain.user.ConsoleSession;
import dev.paydesk.domain.user.ConsoleSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Signed-in console sessions in the {@code console_session} table. */
@ApplicationScoped
public class JpaConsoleSessionRepository implements ConsoleSessionRepository {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaConsoleSessionRepository() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaConsoleSessionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ConsoleSession session) {
    em.persist(session);
    em.flush();
  }

  @Override
  public Optional<ConsoleSession> find(String id) {
    return Optional.ofNullable(em.find(ConsoleSession.class, id));
  }

  @Override
  public List<ConsoleSession> activeOf(String username) {
    return em.createQuery(
            "SELECT s FROM ConsoleSession s WHERE s.username = :u AND s.endedAt IS NULL"
                + " ORDER BY s.lastSeenAt DESC",
            ConsoleSession.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public int removeSeenBefore(java.time.Instant cutoff) {
    return em.createQuery("DELETE FROM ConsoleSession s WHERE s.lastSeenAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
