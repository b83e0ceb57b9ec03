package dev.paydesk.application.payment;

import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Expiry and reconciliation: both ask the gateway ({@code bill/info}, a batch at a time) what it
 * knows of a set of orders and apply it through {@link PaymentService}; expiry then ends the orders
 * still unpaid. No transaction is held while the gateway is asked. Safe to run twice at once, on
 * one instance or many: each order is locked and re-checked before anything changes.
 */
@ApplicationScoped
public class GatewaySync {

  private static final System.Logger LOG = System.getLogger(GatewaySync.class.getName());

  /** A run stops after this many batches; the next run goes on. */
  static final int MAX_BATCHES_PER_RUN = 50;

  /**
   * What a run did.
   *
   * @param checked orders looked at
   * @param expired orders expired
   * @param gatewayFailures batches skipped because the gateway gave no trustworthy answer
   */
  public record Run(int checked, int expired, int gatewayFailures) {}

  private PaymentService payments;
  private PaymentGateway gateway;
  private PaymentSettings settings;

  protected GatewaySync() {
    // for CDI proxies
  }

  @Inject
  public GatewaySync(PaymentService payments, PaymentGateway gateway, PaymentSettings settings) {
    this.payments = payments;
    this.gateway = gateway;
    this.settings = settings;
  }

  /** Expires every order due at {@code now} that the gateway shows no payment for. */
  public Run expireDue(Instant now) {
    Set<CheckoutId> seen = new HashSet<>();
    int checked = 0;
    int expired = 0;
    int failures = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<Order> due =
          payments.findDue(now, settings.batchSize()).stream()
              .filter(o -> !seen.contains(o.publicId()))
              .toList();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(o -> seen.add(o.publicId()));
      checked += due.size();
      Optional<Map<String, GatewayOrderStatus>> known = ask(due);
      if (known.isEmpty()) {
        failures++;
        continue; // never expire what could not be checked: a payment may be on its way
      }
      for (Order order : due) {
        if (payments.expireIfStillDue(order.publicId(), tradesOf(known.get(), order), now)) {
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
    return new Run(checked, expired, failures);
  }

  /** Applies what the gateway knows of orders whose webhooks may have been missed. */
  public Run reconcileDue(Instant now) {
    List<Order> candidates = payments.findToReconcile(now, settings.batchSize() * 10);
    int failures = 0;
    for (int from = 0; from < candidates.size(); from += settings.batchSize()) {
      List<Order> batch =
          candidates.subList(from, Math.min(candidates.size(), from + settings.batchSize()));
      if (!reconcile(batch, now)) {
        failures++;
      }
    }
    return new Run(candidates.size(), 0, failures);
  }

  /**
   * "Check now" for one order.
   *
   * @throws GatewayUnavailableException when the gateway cannot be asked
   */
  public Optional<Order> reconcile(CheckoutId id, Instant now) {
    Optional<Order> order = payments.find(id);
    if (order.isEmpty() || !order.get().status().hasGatewayOrder()) {
      return order;
    }
    Map<String, GatewayOrderStatus> known =
        index(gateway.orderStatuses(List.of(order.get().gatewayMerchantOrderId())));
    return payments.applyGatewayState(id, tradesOf(known, order.get()), now);
  }

  private boolean reconcile(List<Order> batch, Instant now) {
    Optional<Map<String, GatewayOrderStatus>> known = ask(batch);
    if (known.isEmpty()) {
      return false;
    }
    for (Order order : batch) {
      List<GatewayTrade> trades = tradesOf(known.get(), order);
      if (!trades.isEmpty()) {
        payments.applyGatewayState(order.publicId(), trades, now);
      }
    }
    return true;
  }

  /** The payments the gateway lists for the order (none if it does not know the order). */
  private static List<GatewayTrade> tradesOf(Map<String, GatewayOrderStatus> known, Order order) {
    GatewayOrderStatus status = known.get(order.gatewayMerchantOrderId());
    return status == null ? List.of() : status.trades();
  }

  private Optional<Map<String, GatewayOrderStatus>> ask(List<Order> orders) {
    try {
      return Optional.of(
          index(
              gateway.orderStatuses(orders.stream().map(Order::gatewayMerchantOrderId).toList())));
    } catch (GatewayUnavailableException | dev.paydesk.domain.gateway.GatewayRejectedException e) {
      LOG.log(
          Level.WARNING,
          "bill/info for {0} orders failed; they are left as they are: {1}",
          orders.size(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private static Map<String, GatewayOrderStatus> index(List<GatewayOrderStatus> statuses) {
    return statuses.stream()
        .collect(
            Collectors.toMap(
                GatewayOrderStatus::gatewayMerchantOrderId, Function.identity(), (a, b) -> a));
  }
}
