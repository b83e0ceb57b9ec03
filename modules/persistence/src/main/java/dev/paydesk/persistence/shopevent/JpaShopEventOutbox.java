package dev.paydesk.persistence.shopevent;

import dev.paydesk.domain.shopevent.EndpointTally;
import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.domain.shopevent.ShopEventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
  public List<String> endpointsDue(Instant now) {
    return em.createQuery(
            "SELECT DISTINCT e.endpoint FROM ShopEvent e WHERE e.status = :pending"
                + " AND e.nextAttemptAt <= :now"
                + " AND (e.claimedUntil IS NULL OR e.claimedUntil <= :now)",
            String.class)
        .setParameter("pending", ShopEvent.Status.PENDING)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<ShopEvent> due(Instant now, String endpoint, int limit) {
    return em.createQuery(
            "SELECT e FROM ShopEvent e WHERE e.status = :pending AND e.endpoint = :endpoint"
                + " AND e.nextAttemptAt <= :now"
                + " AND (e.claimedUntil IS NULL OR e.claimedUntil <= :now)"
                + " AND NOT EXISTS (SELECT f FROM ShopEvent f WHERE f.checkoutId = e.checkoutId"
                + " AND f.endpoint = e.endpoint AND f.status = :pending AND f.id < e.id)"
                + " ORDER BY e.id",
            ShopEvent.class)
        .setParameter("pending", ShopEvent.Status.PENDING)
        .setParameter("endpoint", endpoint)
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
  public List<EndpointTally> tally() {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Instant> lastDelivered = new TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.endpoint, e.status, COUNT(e) FROM ShopEvent e"
                    + " GROUP BY e.endpoint, e.status",
                Object[].class)
            .getResultList()) {
      long[] c = counts.computeIfAbsent((String) row[0], k -> new long[4]);
      c[((ShopEvent.Status) row[1]).ordinal()] = ((Number) row[2]).longValue();
    }
    // each endpoint's latest delivery, read as entities: an aggregate over a converted column
    // comes back as the driver's own type
    em.createQuery(
            "SELECT e FROM ShopEvent e WHERE e.status = :delivered AND NOT EXISTS (SELECT f FROM"
                + " ShopEvent f WHERE f.endpoint = e.endpoint AND f.status = :delivered"
                + " AND f.deliveredAt > e.deliveredAt)",
            ShopEvent.class)
        .setParameter("delivered", ShopEvent.Status.DELIVERED)
        .getResultList()
        .forEach(e -> lastDelivered.put(e.endpoint(), e.deliveredAt().orElseThrow()));
    for (Object[] row :
        em.createQuery(
                "SELECT e.endpoint, COUNT(e) FROM ShopEvent e WHERE e.status = :pending"
                    + " AND e.attempts > 0 GROUP BY e.endpoint",
                Object[].class)
            .setParameter("pending", ShopEvent.Status.PENDING)
            .getResultList()) {
      counts.computeIfAbsent((String) row[0], k -> new long[4])[3] = ((Number) row[1]).longValue();
    }
    return counts.entrySet().stream()
        .map(
            e -> {
              long[] c = e.getValue();
              return new EndpointTally(
                  e.getKey(),
                  c[ShopEvent.Status.DELIVERED.ordinal()],
                  c[ShopEvent.Status.PENDING.ordinal()],
                  c[3],
                  c[ShopEvent.Status.FAILED.ordinal()],
                  lastDelivered.get(e.getKey()));
            })
        .toList();
  }

  @Override
  public List<ShopEvent> needingAttention(int limit) {
    return em.createQuery(
            "SELECT e FROM ShopEvent e WHERE e.status = :failed"
                + " OR (e.status = :pending AND e.attempts > 0) ORDER BY e.id DESC",
            ShopEvent.class)
        .setParameter("failed", ShopEvent.Status.FAILED)
        .setParameter("pending", ShopEvent.Status.PENDING)
        .setMaxResults(limit)
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
