package dev.paydesk.persistence.user;

import dev.paydesk.domain.user.ConsoleUser;
import dev.paydesk.domain.user.ConsoleUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Console accounts in the {@code console_user} table. */
@ApplicationScoped
public class JpaConsoleUserRepository implements ConsoleUserRepository {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaConsoleUserRepository() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaConsoleUserRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ConsoleUser user) {
    em.persist(user);
    em.flush(); // a taken username fails here, inside the caller's transaction
  }

  @Override
  public Optional<ConsoleUser> findByUsername(String username) {
    return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.username = :u", ConsoleUser.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ConsoleUser> all() {
    return em.createQuery("SELECT u FROM ConsoleUser u ORDER BY u.username", ConsoleUser.class)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM ConsoleUser u", Long.class).getSingleResult();
  }
}
