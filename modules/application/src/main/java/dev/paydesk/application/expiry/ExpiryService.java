package dev.paydesk.application.expiry;

import dev.paydesk.application.payment.GatewayLookup;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expires unpaid orders: due orders are taken a batch at a time, the gateway is asked ({@code
 * bill/info}, outside any transaction) whether money reached them, what it lists is applied, and
 * only the orders still due are expired, each under its row lock. An order whose batch the gateway
 * could not answer for is left as it is: a payment may be on its way. Safe to run twice at once, on
 * one instance or many.
 */
@ApplicationScoped
public class ExpiryService {

  private static final System.Logger LOG = System.getLogger(ExpiryService.class.getName());

  /** A run stops after this many batches; the next run goes on. */
  static final int MAX_BATCHES_PER_RUN = 50;

  /**
   * What a run did.
   *
   * @param checked due orders looked at
   * @param expired orders this run expired
   * @param gatewayFailures batches skipped because the gateway gave no trustworthy answer
   */
  public record Run(int checked, int expired, int gatewayFailures) {}

  private OrderRepository orders;
  private PaymentService payments;
  private GatewayLookup gateway;
  private ExpirySettings settings;
  private TimerRuns runs;

  protected ExpiryService() {
    // for CDI proxies
  }

  @Inject
  public ExpiryService(
      OrderRepository orders,
      PaymentService payments,
      GatewayLookup gateway,
      ExpirySettings settings,
      TimerRuns runs) {
    this.orders = orders;
    this.payments = payments;
    this.gateway = gateway;
    this.settings = settings;
    this.runs = runs;
  }

  /** Expires every order due at {@code now} that the gateway shows no payment for. */
  public Run expireDue(Instant now) {
    Set<CheckoutId> seen = new HashSet<>();
    int checked = 0;
    int expired = 0;
    int failures = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<Order> due =
          orders.findDue(now.minus(settings.grace()), settings.batchSize()).stream()
              .filter(o -> seen.add(o.publicId()))
              .toList();
      if (due.isEmpty()) {
        break;
      }
      checked += due.size();
      Optional<GatewayLookup.Answer> answer = gateway.tryAsk(due);
      if (answer.isEmpty()) {
        failures++;
        continue;
      }
      for (Order order : due) {
        if (payments.expireIfStillDue(
            order.publicId(), answer.get().tradesOf(order), now, settings.grace())) {
          expired++;
        }
      }
    }
    if (checked > 0) {
      LOG.log(
          Level.INFO,
          "Expiry run at {0}: {1} due orders checked, {2} expired, {3} batches skipped (gateway)",
          now,
          checked,
          expired,
          failures);
    }
    runs.finished(
        TimerKind.UNPAID_ORDER_EXPIRY,
        now,
        checked + " due, " + expired + " expired, " + failures + " batches skipped (gateway)");
    return new Run(checked, expired, failures);
  }
}
