package dev.paydesk.application.dashboard;

import dev.paydesk.application.dashboard.Dashboard.Attention;
import dev.paydesk.application.dashboard.Dashboard.Day;
import dev.paydesk.application.dashboard.Dashboard.GatewayState;
import dev.paydesk.application.dashboard.Dashboard.Period;
import dev.paydesk.application.dashboard.Dashboard.TimerState;
import dev.paydesk.application.reconciliation.ReconciliationSettings;
import dev.paydesk.application.timer.OrderTimersScheduler;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.webhook.WebhookLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, each from an aggregate query (counts and sums in the database, never
 * orders loaded), in one read transaction. Days are UTC days.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

  static final int DAYS = 30;

  /** How far back orphaned and rejected webhooks count as needing a look. */
  static final Duration WEBHOOK_WINDOW = Duration.ofDays(7);

  private OrderStatistics orders;
  private WebhookLog webhooks;
  private TokenCatalog tokens;
  private TimerRuns runs;
  private Instance<OrderTimersScheduler> scheduler;
  private ReconciliationSettings reconciliation;
  private Clock clock;

  protected DashboardService() {
    // for CDI proxies
  }

  @Inject
  public DashboardService(
      OrderStatistics orders,
      WebhookLog webhooks,
      TokenCatalog tokens,
      TimerRuns runs,
      Instance<OrderTimersScheduler> scheduler,
      ReconciliationSettings reconciliation,
      Clock clock) {
    this.orders = orders;
    this.webhooks = webhooks;
    this.tokens = tokens;
    this.runs = runs;
    this.scheduler = scheduler;
    this.reconciliation = reconciliation;
    this.clock = clock;
  }

  public Dashboard now() {
    Instant now = clock.instant();
    Instant today =
        LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Period> periods =
        List.of(
            period("today", today, null),
            period("7 days", today.minus(Duration.ofDays(6)), null),
            period("30 days", today.minus(Duration.ofDays(DAYS - 1)), null));
    List<Day> days = new ArrayList<>();
    for (int back = DAYS - 1; back >= 0; back--) {
      Instant from = today.minus(Duration.ofDays(back));
      Map<OrderStatus, Long> counts = orders.countByStatus(from, from.plus(Duration.ofDays(1)));
      days.add(new Day(LocalDate.ofInstant(from, ZoneOffset.UTC), total(counts), paid(counts)));
    }
    Attention attention =
        new Attention(
            orders.countByStatus(null, null),
            orders.countDetectedSince(now.minus(reconciliation.detectedStaleAfter())),
            orders.countToReview(),
            webhooks.countByOutcome(now.minus(WEBHOOK_WINDOW)));
    return new Dashboard(now, periods, days, attention, gateway(), timers());
  }

  private Period period(String name, Instant from, Instant before) {
    Map<OrderStatus, Long> counts = orders.countByStatus(from, before);
    return new Period(
        name,
        total(counts),
        paid(counts),
        orders.paidByCrypto(from, before),
        orders.paidPriceByCurrency(from, before));
  }

  private GatewayState gateway() {
    try {
      return new GatewayState(true, tokens.usable().size() + " tokens usable");
    } catch (RuntimeException e) {
      return new GatewayState(false, e.getMessage());
    }
  }

  private List<TimerState> timers() {
    List<TimerState> states = new ArrayList<>();
    for (TimerKind kind : TimerKind.values()) {
      var last = runs.last(kind);
      states.add(
          new TimerState(
              kind.name(),
              last.map(TimerRuns.LastRun::at).orElse(null),
              last.map(TimerRuns.LastRun::summary).orElse(null),
              scheduler.isResolvable() ? scheduler.get().nextRun(kind).orElse(null) : null));
    }
    return states;
  }

  private static long total(Map<OrderStatus, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long paid(Map<OrderStatus, Long> counts) {
    return OrderStatus.PAID_STATUSES.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
  }
}
