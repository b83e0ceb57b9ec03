package dev.paydesk.application.reconciliation;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.payment.GatewayLookup;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds payments whose webhooks were missed: asks the gateway ({@code bill/info}, outside any
 * transaction) about orders with a payment detected but not settled, and about recently expired
 * ones (late payments still arrive), and applies what it lists through the same path as webhooks.
 */
@ApplicationScoped
public class ReconciliationService {

  /**
   * What a run did.
   *
   * @param checked orders looked up
   * @param changed orders whose status the gateway's answer changed
   * @param gatewayFailures batches skipped because the gateway gave no trustworthy answer
   */
  public record Run(int checked, int changed, int gatewayFailures) {}

  /** A run looks at this many batches at most; the next run goes on. */
  static final int MAX_BATCHES_PER_RUN = 10;

  private OrderRepository orders;
  private PaymentService payments;
  private GatewayLookup gateway;
  private ReconciliationSettings settings;
  private TimerRuns runs;

  protected ReconciliationService() {
    // for CDI proxies
  }

  @Inject
  public ReconciliationService(
      OrderRepository orders,
      PaymentService payments,
      GatewayLookup gateway,
      ReconciliationSettings settings,
      TimerRuns runs) {
    this.orders = orders;
    this.payments = payments;
    this.gateway = gateway;
    this.settings = settings;
    this.runs = runs;
  }

  /** Applies what the gateway knows of every order whose webhooks may have been missed. */
  public Run reconcileDue(Instant now) {
    List<Order> candidates =
        orders.findToReconcile(
            now.minus(settings.detectedStaleAfter()),
            now.minus(settings.latePaymentWindow()),
            settings.batchSize() * MAX_BATCHES_PER_RUN);
    int changed = 0;
    int failures = 0;
    for (int from = 0; from < candidates.size(); from += settings.batchSize()) {
      List<Order> batch =
          candidates.subList(from, Math.min(candidates.size(), from + settings.batchSize()));
      Optional<GatewayLookup.Answer> answer = gateway.tryAsk(batch);
      if (answer.isEmpty()) {
        failures++;
        continue;
      }
      for (Order order : batch) {
        var trades = answer.get().tradesOf(order);
        OrderStatus before = order.status();
        if (!trades.isEmpty()
            && payments
                .applyGatewayState(order.publicId(), trades, now)
                .filter(after -> after.status() != before)
                .isPresent()) {
          changed++;
        }
      }
    }
    runs.finished(
        TimerKind.RECONCILIATION,
        now,
        candidates.size()
            + " looked up, "
            + changed
            + " changed, "
            + failures
            + " batches skipped (gateway)");
    return new Run(candidates.size(), changed, failures);
  }

  /**
   * "Check now" for one order: what the gateway lists for it, applied.
   *
   * @return the checkout as it now stands; empty when there is none
   * @throws GatewayUnavailableException when the gateway cannot be asked
   */
  public Optional<CheckoutView> checkNow(CheckoutId id, Instant now, Actor askedBy) {
    Optional<Order> order = orders.findByPublicId(id);
    if (order.isEmpty() || !order.get().status().hasGatewayOrder()) {
      return order.map(CheckoutView::of);
    }
    GatewayLookup.Answer answer = gateway.ask(List.of(order.get()));
    return payments.applyGatewayState(id, answer.tradesOf(order.get()), now, Optional.of(askedBy));
  }
}
