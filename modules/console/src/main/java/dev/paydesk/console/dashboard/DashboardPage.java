package dev.paydesk.console.dashboard;

import dev.paydesk.application.dashboard.Dashboard;
import dev.paydesk.application.dashboard.DashboardService;
import dev.paydesk.console.Times;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /console/dashboard.xhtml}: the dashboard, read once per request. */
@Named
@RequestScoped
public class DashboardPage {

  /** A figure of one period. */
  public static class PeriodCard {
    private final Dashboard.Period period;

    PeriodCard(Dashboard.Period period) {
      this.period = period;
    }

    public String getName() {
      return period.name();
    }

    public long getCreated() {
      return period.created();
    }

    public long getPaid() {
      return period.paid();
    }

    public String getConversion() {
      return period.conversionPercent().toPlainString() + " %";
    }

    /** What the orders the money covered cost, by the currency they were priced in. */
    public List<String> getPaidVolumes() {
      List<String> lines = new ArrayList<>();
      period
          .paidPriceByCurrency()
          .forEach(
              (c, v) ->
                  lines.add(
                      (isMoney(c) ? CheckoutTerms.canonical(v, c).toPlainString() : amount(v))
                          + " "
                          + c));
      return lines;
    }

    /** A currency's code (USD), not a crypto's symbol (BTC, USDT): written with its cents. */
    private static boolean isMoney(String code) {
      return java.util.Currency.getAvailableCurrencies().stream()
          .anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** Every confirmed payment of the period's orders, by crypto: part-payments included. */
    public List<String> getReceivedVolumes() {
      List<String> lines = new ArrayList<>();
      period.paidByCrypto().forEach((c, v) -> lines.add(amount(v) + " " + c));
      return lines;
    }
  }

  /** One day's column in the chart, its bars as percentages of the busiest day. */
  public static class DayBar {
    private final Dashboard.Day day;
    private final long max;

    DayBar(Dashboard.Day day, long max) {
      this.day = day;
      this.max = max;
    }

    public String getLabel() {
      return day.date() + ": " + day.created() + " created, " + day.paid() + " paid";
    }

    public String getDate() {
      return day.date().toString().substring(5);
    }

    public long getCreatedHeight() {
      return max == 0 ? 0 : day.created() * 100 / max;
    }

    public long getPaidHeight() {
      return max == 0 ? 0 : day.paid() * 100 / max;
    }
  }

  /** One line of the "needs attention" queue, linking to the list that shows those. */
  public static class AttentionItem {
    private final String key;
    private final long count;
    private final String link;

    AttentionItem(String key, long count, String link) {
      this.key = key;
      this.count = count;
      this.link = link;
    }

    public String getKey() {
      return key;
    }

    public long getCount() {
      return count;
    }

    public String getLink() {
      return link;
    }
  }

  /** A timer's health. */
  public static class TimerLine {
    private final Dashboard.TimerState state;

    TimerLine(Dashboard.TimerState state) {
      this.state = state;
    }

    public String getName() {
      return state.name();
    }

    public String getLastRun() {
      return state.lastRun() == null ? "—" : Times.format(state.lastRun());
    }

    public String getSummary() {
      return state.lastSummary() == null ? "" : state.lastSummary();
    }

    public String getNextRun() {
      return state.nextRun() == null ? "—" : Times.format(state.nextRun());
    }
  }

  @Inject DashboardService dashboards;

  @Inject dev.paydesk.application.refund.RefundService refunds;

  private Dashboard dashboard;

  @PostConstruct
  void read() {
    dashboard = dashboards.now();
  }

  public String getAt() {
    return Times.format(dashboard.at());
  }

  public List<PeriodCard> getPeriods() {
    return dashboard.periods().stream().map(PeriodCard::new).toList();
  }

  public List<DayBar> getDays() {
    long max = dashboard.days().stream().mapToLong(Dashboard.Day::created).max().orElse(0);
    return dashboard.days().stream().map(d -> new DayBar(d, max)).toList();
  }

  public List<AttentionItem> getAttention() {
    Map<OrderStatus, Long> orders = dashboard.attention().ordersByStatus();
    Map<Outcome, Long> webhooks = dashboard.attention().webhooksByOutcome();
    List<AttentionItem> items = new ArrayList<>();
    for (OrderStatus status :
        List.of(
            OrderStatus.UNDERPAID,
            OrderStatus.OVERPAID,
            OrderStatus.PAID_LATE,
            OrderStatus.EXPIRED_UNDERPAID,
            OrderStatus.GATEWAY_FAILED)) {
      items.add(
          new AttentionItem(
              "attention." + status.name(),
              orders.getOrDefault(status, 0L),
              "orders.xhtml?status=" + status.name()));
    }
    items.add(
        new AttentionItem(
            "attention.toReview", dashboard.attention().toReview(), "orders.xhtml?review=1"));
    items.add(new AttentionItem("attention.refunds", refunds.countWaiting(), "refunds.xhtml"));
    items.add(
        new AttentionItem(
            "attention.detectedUnsettled",
            dashboard.attention().detectedUnsettled(),
            "orders.xhtml?status=PAYMENT_DETECTED"));
    for (Outcome outcome : List.of(Outcome.ORPHAN, Outcome.REJECTED)) {
      items.add(
          new AttentionItem(
              "attention." + outcome.name(),
              webhooks.getOrDefault(outcome, 0L),
              "webhooks.xhtml?outcome=" + outcome.name()));
    }
    return items;
  }

  public boolean isGatewayReachable() {
    return dashboard.gateway().reachable();
  }

  public String getGatewayDetail() {
    return dashboard.gateway().detail();
  }

  public List<TimerLine> getTimers() {
    return dashboard.timers().stream().map(TimerLine::new).toList();
  }

  static String amount(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
