package dev.paydesk.application.timer;

import dev.paydesk.application.expiry.ExpiryService;
import dev.paydesk.application.expiry.ExpirySettings;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.application.reconciliation.ReconciliationSettings;
import dev.paydesk.application.shopevent.ShopEventDeliveryService;
import dev.paydesk.application.shopevent.ShopEventSettings;
import dev.paydesk.application.user.ConsoleSessions;
import dev.paydesk.application.webhook.RetentionSettings;
import dev.paydesk.application.webhook.WebhookRetentionService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calendar timers of the money path, one per {@link TimerKind}. Non-persistent: every instance
 * runs its own, and each use case is safe to run on several at once.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderTimersScheduler {

  private static final System.Logger LOG = System.getLogger(OrderTimersScheduler.class.getName());

  @Resource TimerService timers;

  @Inject ExpiryService expiry;

  @Inject ExpirySettings expirySettings;

  @Inject ReconciliationService reconciliation;

  @Inject ReconciliationSettings reconciliationSettings;

  @Inject ShopEventDeliveryService shopEvents;

  @Inject ShopEventSettings shopEventSettings;

  @Inject WebhookRetentionService retention;

  @Inject RetentionSettings retentionSettings;

  @Inject ConsoleSessions consoleSessions;

  @Inject dev.paydesk.application.refund.RefundFlow refunds;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paydesk.timers.enabled", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void schedule() {
    if (enabled) {
      timers.createCalendarTimer(
          TimerSchedule.every(expirySettings.every()),
          new TimerConfig(TimerKind.UNPAID_ORDER_EXPIRY, false));
      timers.createCalendarTimer(
          TimerSchedule.every(reconciliationSettings.every()),
          new TimerConfig(TimerKind.RECONCILIATION, false));
      timers.createCalendarTimer(
          TimerSchedule.every(retentionSettings.every()),
          new TimerConfig(TimerKind.WEBHOOK_LOG_RETENTION, false));
      // always: endpoints set in the console later need no restart (a run without any does nothing)
      timers.createCalendarTimer(
          TimerSchedule.every(shopEventSettings.every()),
          new TimerConfig(TimerKind.SHOP_EVENT_DELIVERY, false));
    }
  }

  /** When this instance's timer of that kind runs next; empty when timers are off here. */
  public java.util.Optional<java.time.Instant> nextRun(TimerKind kind) {
    return timers.getTimers().stream()
        .filter(t -> kind.equals(t.getInfo()))
        .map(t -> t.getNextTimeout().toInstant())
        .findFirst();
  }

  /** Batches until the log is within its retention (at most 100 a run: the next run goes on). */
  private void prune() {
    Instant now = clock.instant();
    consoleSessions.prune(now);
    for (int batch = 0; batch < 100; batch++) {
      if (!WebhookRetentionService.more(retention.pruneBatch(now))) {
        return;
      }
    }
  }

  @Timeout
  void run(Timer timer) {
    TimerKind kind = (TimerKind) timer.getInfo();
    try {
      switch (kind) {
        case UNPAID_ORDER_EXPIRY -> expiry.expireDue(clock.instant());
        case RECONCILIATION -> {
          reconciliation.reconcileDue(clock.instant());
          // refunds whose withdrawal is out: their records, as for payments whose webhook was
          // missed
          refunds.followInFlight();
        }
        case SHOP_EVENT_DELIVERY -> shopEvents.deliverDue(clock.instant());
        case WEBHOOK_LOG_RETENTION -> prune();
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Timer " + kind + " failed; its next run tries again", e);
    }
  }
}
