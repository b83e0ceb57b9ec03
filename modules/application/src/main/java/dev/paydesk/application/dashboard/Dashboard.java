package dev.paydesk.application.dashboard;

import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the merchant sees first: figures for recent periods, a day-by-day series, and the queue of
 * orders and webhooks that need a person.
 */
public record Dashboard(
    Instant at,
    List<Period> periods,
    List<Day> days,
    Attention attention,
    GatewayState gateway,
    List<TimerState> timers) {

  /**
   * Checkouts created in a period and how many were paid; the money they brought, per crypto and
   * per pricing currency.
   */
  public record Period(
      String name,
      long created,
      long paid,
      Map<String, BigDecimal> paidByCrypto,
      Map<String, BigDecimal> paidPriceByCurrency) {

    /** Paid ÷ created, as a percentage with one decimal; zero when nothing was created. */
    public BigDecimal conversionPercent() {
      return created == 0
          ? BigDecimal.ZERO
          : BigDecimal.valueOf(paid * 100)
              .divide(BigDecimal.valueOf(created), 1, RoundingMode.HALF_UP);
    }
  }

  /** One day (UTC) of the series. */
  public record Day(LocalDate date, long created, long paid) {}

  /**
   * How many of each kind of thing needs a person: orders by status, payments detected but not
   * settled for long, orders flagged for review, and webhooks orphaned or rejected lately.
   */
  public record Attention(
      Map<OrderStatus, Long> ordersByStatus,
      long detectedUnsettled,
      long toReview,
      Map<Outcome, Long> webhooksByOutcome) {}

  /** Whether CCPayment answered when last asked. */
  public record GatewayState(boolean reachable, String detail) {}

  /** A timer's last run here and its next one. */
  public record TimerState(String name, Instant lastRun, String lastSummary, Instant nextRun) {}
}
