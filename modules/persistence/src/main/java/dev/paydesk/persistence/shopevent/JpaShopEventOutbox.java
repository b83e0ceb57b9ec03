package dev.paydesk.persistence.shopevent;

import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox in the {@code shop_event} table. */
@ApplicationScoped
public class JpaShopEventOutbox implements ShopEventOutbox {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaShopEventOutbox() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaShopEventOutbox(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ShopEvent event) {
    em.persist(event);
  }

  @Override
  public List<ShopEvent> due(Instant now, int limit) {
    return em.createQuery(
            "SELECT e FROM ShopEvent e WHERE e.status = :pending AND e.nextAttemptAt <= :now"
                + " AND (e.claimedUntil IS NULL OR e.claimedUntil <= :now)"
                + " AND NOT EXISTS (SELECT f FROM ShopEvent f WHERE f.checkoutId = e.checkoutId"
                + " AND f.endpoint = e.endpoint AND f.status = :pending AND f.id < e.id)"
                + " ORDER BY e.id",
            ShopEvent.class)
        .setParameter("pending", ShopEvent.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ShopEvent> lock(long id) {
    return em.createQuery("SELECT e FROM ShopEvent e WHERE e.id = :id", ShopEvent.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ShopEvent> ofCheckout(String checkoutId) {
    return em.createQuery(
            "SELECT e FROM ShopEvent e WHERE e.checkoutId = :c ORDER BY e.id", ShopEvent.class)
        .setParameter("c", checkoutId)
        .getResultList();
  }

  @Override
  public void addAttempt(ShopEventAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public List<ShopEventAttempt> attemptsOf(List<Long> shopEventIds) {
    if (shopEventIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM ShopEventAttempt a WHERE a.shopEventId IN :ids ORDER BY a.attemptedAt, a.id",
            ShopEventAttempt.class)
        .setParameter("ids", shopEventIds)
        .getResultList();
  }
}
