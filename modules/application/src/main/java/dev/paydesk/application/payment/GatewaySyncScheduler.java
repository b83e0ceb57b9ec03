package dev.paydesk.application.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two calendar timers of the money path: unpaid-order expiry ({@code paydesk.expiry.every},
 * default 30 s) and reconciliation of missed webhooks ({@code paydesk.reconciliation.every},
 * default 5 min). Non-persistent: every instance runs its own, and {@link GatewaySync} is safe to
 * run on several at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewaySyncScheduler {

  private static final System.Logger LOG = System.getLogger(GatewaySyncScheduler.class.getName());
  private static final String EXPIRY = "unpaid-order-expiry";
  private static final String RECONCILIATION = "reconciliation";

  @Resource TimerService timers;

  @Inject GatewaySync sync;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paydesk.expiry.every", defaultValue = "PT30S")
  Duration expiryEvery;

  @Inject
  @ConfigProperty(name = "paydesk.reconciliation.every", defaultValue = "PT5M")
  Duration reconciliationEvery;

  @Inject
  @ConfigProperty(name = "paydesk.timers.enabled", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void schedule() {
    if (enabled) {
      timers.createCalendarTimer(TimerSchedule.every(expiryEvery), new TimerConfig(EXPIRY, false));
      timers.createCalendarTimer(
          TimerSchedule.every(reconciliationEvery), new TimerConfig(RECONCILIATION, false));
    }
  }

  @Timeout
  void run(Timer timer) {
    Object which = timer.getInfo();
    try {
      if (EXPIRY.equals(which)) {
        sync.expireDue(clock.instant());
      } else if (RECONCILIATION.equals(which)) {
        sync.reconcileDue(clock.instant());
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Timer " + which + " failed; its next run tries again", e);
    }
  }
}
