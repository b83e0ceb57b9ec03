package dev.paydesk.persistence.order;

import dev.paydesk.application.dashboard.OrderStatistics;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.persistence.search.JpqlFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's figures over {@code payment_order} and {@code payment}, summed in SQL. */
@ApplicationScoped
public class JpaOrderStatistics implements OrderStatistics {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaOrderStatistics() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaOrderStatistics(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<OrderStatus, Long> countByStatus(Instant createdFrom, Instant createdBefore) {
    Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    created(createdFrom, createdBefore)
        .query(
            em,
            "SELECT o.status, COUNT(o) FROM PaymentOrder o",
            " GROUP BY o.status",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OrderStatus) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public Map<String, BigDecimal> paidByCrypto(Instant createdFrom, Instant createdBefore) {
    return sums(
        created(createdFrom, createdBefore)
            .and("p.status = :success", "success", PaymentStatus.SUCCESS)
            .query(
                em,
                "SELECT o.pay.crypto, SUM(p.amount) FROM Payment p JOIN p.order o",
                " GROUP BY o.pay.crypto",
                Object[].class)
            .getResultList());
  }

  @Override
  public Map<String, BigDecimal> paidPriceByCurrency(Instant createdFrom, Instant createdBefore) {
    // a price in the token is summed under the token's crypto (0.0015 BTC), never as "TOKEN"
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Object[] row :
        created(createdFrom, createdBefore)
            .and("o.status IN :paid", "paid", List.copyOf(OrderStatus.PAID_STATUSES))
            .query(
                em,
                "SELECT o.terms.currency, o.pay.crypto, SUM(o.terms.price) FROM PaymentOrder o",
                " GROUP BY o.terms.currency, o.pay.crypto",
                Object[].class)
            .getResultList()) {
      String unit = CheckoutTerms.TOKEN.equals(row[0]) ? (String) row[1] : (String) row[0];
      if (unit != null && row[2] != null) {
        sums.merge(unit, (BigDecimal) row[2], BigDecimal::add);
      }
    }
    return sums;
  }

  @Override
  public long countDetectedSince(Instant before) {
    return em.createQuery(
            "SELECT COUNT(o) FROM PaymentOrder o WHERE o.status = :detected"
                + " AND o.updatedAt <= :before",
            Long.class)
        .setParameter("detected", OrderStatus.PAYMENT_DETECTED)
        .setParameter("before", before)
        .getSingleResult();
  }

  @Override
  public long countToReview() {
    return em.createQuery(
            "SELECT COUNT(o) FROM PaymentOrder o WHERE o.review.since IS NOT NULL", Long.class)
        .getSingleResult();
  }

  private static JpqlFilter created(Instant from, Instant before) {
    return new JpqlFilter()
        .and("o.createdAt >= :createdFrom", "createdFrom", from)
        .and("o.createdAt < :createdBefore", "createdBefore", before);
  }

  private static Map<String, BigDecimal> sums(List<Object[]> rows) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Object[] row : rows) {
      if (row[0] != null && row[1] != null) {
        sums.put((String) row[0], (BigDecimal) row[1]);
      }
    }
    return sums;
  }
}
