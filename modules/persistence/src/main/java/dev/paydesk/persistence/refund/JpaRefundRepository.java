package dev.paydesk.persistence.refund;

import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundRepository;
import dev.paydesk.domain.refund.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Refunds in the {@code refund} table. */
@ApplicationScoped
public class JpaRefundRepository implements RefundRepository {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaRefundRepository() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaRefundRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Refund refund) {
    em.persist(refund);
    em.flush();
  }

  @Override
  public Optional<Refund> find(String id) {
    return Optional.ofNullable(em.find(Refund.class, id));
  }

  @Override
  public List<Refund> ofCheckout(String checkoutId) {
    return em.createQuery(
            "SELECT r FROM Refund r WHERE r.checkoutId = :c ORDER BY r.requestedAt, r.id",
            Refund.class)
        .setParameter("c", checkoutId)
        .getResultList();
  }

  @Override
  public Optional<Refund> byLinkDigest(String digest) {
    return em.createQuery("SELECT r FROM Refund r WHERE r.linkDigest = :d", Refund.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<String> checkoutOf(String refundId) {
    return em.createQuery("SELECT r.checkoutId FROM Refund r WHERE r.id = :id", String.class)
        .setParameter("id", refundId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Refund> open(int limit) {
    return em.createQuery(
            "SELECT r FROM Refund r WHERE r.status NOT IN :s ORDER BY r.requestedAt, r.id",
            Refund.class)
        .setParameter("s", List.of(RefundStatus.SUCCEEDED, RefundStatus.CANCELLED))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countWaiting() {
    return em.createQuery("SELECT COUNT(r) FROM Refund r WHERE r.status IN :s", Long.class)
        .setParameter(
            "s",
            List.of(
                RefundStatus.AWAITING_ADDRESS, RefundStatus.AWAITING_APPROVAL, RefundStatus.FAILED))
        .getSingleResult();
  }

  @Override
  public List<Refund> ended(int limit) {
    return em.createQuery(
            "SELECT r FROM Refund r WHERE r.status IN :s ORDER BY r.requestedAt DESC, r.id",
            Refund.class)
        .setParameter("s", List.of(RefundStatus.SUCCEEDED, RefundStatus.CANCELLED))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Refund> inFlight(int limit) {
    return em.createQuery(
            "SELECT r FROM Refund r WHERE r.status IN :s ORDER BY r.requestedAt, r.id",
            Refund.class)
        .setParameter("s", List.of(RefundStatus.SENDING, RefundStatus.PROCESSING))
        .setMaxResults(limit)
        .getResultList();
  }
}
