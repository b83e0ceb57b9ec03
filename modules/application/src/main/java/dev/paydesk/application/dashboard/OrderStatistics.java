package dev.paydesk.application.dashboard;

import dev.paydesk.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The dashboard's figures, summed by the database. Either end of a range may be null: open. */
public interface OrderStatistics {

  /** How many orders created in the range are in each status. */
  Map<OrderStatus, Long> countByStatus(Instant createdFrom, Instant createdBefore);

  /** What confirmed payments brought in, per crypto, for orders created in the range. */
  Map<String, BigDecimal> paidByCrypto(Instant createdFrom, Instant createdBefore);

  /** The prices of the paid orders created in the range, summed per pricing currency. */
  Map<String, BigDecimal> paidPriceByCurrency(Instant createdFrom, Instant createdBefore);

  /** How many orders have had a payment detected but unsettled since before {@code before}. */
  long countDetectedSince(Instant before);

  /** How many orders wait for a person to review them. */
  long countToReview();
}
