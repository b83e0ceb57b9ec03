package dev.paydesk.application.checkout;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactions of {@link CheckoutService}: one before the gateway call and one after it, so
 * that no database transaction or row lock is held while CCPayment is being asked.
 */
@ApplicationScoped
@Transactional
public class CheckoutSteps {

  /**
   * What {@link #reserve} decided: replay a finished checkout, or call the gateway for this order.
   */
  public record Reservation(Order order, boolean replay) {}

  private OrderRepository orders;
  private Clock clock;
  private Duration abandonedAfter;

  protected CheckoutSteps() {
    // for CDI proxies
  }

  @Inject
  public CheckoutSteps(
      OrderRepository orders,
      Clock clock,
      @ConfigProperty(name = "paydesk.checkout.abandoned-attempt-after", defaultValue = "PT2M")
          Duration abandonedAfter) {
    this.orders = orders;
    this.clock = clock;
    this.abandonedAfter = abandonedAfter;
  }

  /**
   * Stores the order (or finds the one this key made before) and decides whether to call the
   * gateway.
   */
  public Reservation reserve(CheckoutTerms terms, String idempotencyKey) {
    Optional<Order> byMerchantOrderId = orders.findByMerchantOrderId(terms.merchantOrderId());
    // looked up by merchant order id as well: an identical request may have committed in between
    Optional<Order> earlier =
        byMerchantOrderId
            .filter(o -> o.idempotencyKey().equals(idempotencyKey))
            .or(() -> orders.findByIdempotencyKey(idempotencyKey));
    if (earlier.isPresent()) {
      Order order = earlier.get();
      if (!order.isSameRequest(terms)) {
        throw new IdempotencyKeyReusedException(idempotencyKey);
      }
      if (order.mayRetryCreation(clock.instant(), abandonedAfter)) {
        order.retryCreation(clock.instant());
        return new Reservation(order, false);
      }
      if (order.status().hasGatewayOrder()) {
        return new Reservation(order, true);
      }
      throw new CheckoutInProgressException(order.merchantOrderId());
    }
    if (byMerchantOrderId.isPresent()) {
      throw new MerchantOrderIdTakenException(terms.merchantOrderId());
    }
    Order order = Order.open(CheckoutId.random(), terms, idempotencyKey, clock.instant());
    orders.add(order);
    return new Reservation(order, false);
  }

  public Order assign(CheckoutId id, GatewayOrder assigned) {
    Order order = require(id);
    order.assignGatewayOrder(assigned, clock.instant());
    return order;
  }

  public Order fail(CheckoutId id, String reason) {
    Order order = require(id);
    order.gatewayFailed(reason, clock.instant());
    return order;
  }

  public Optional<Order> find(CheckoutId id) {
    return orders.findByPublicId(id);
  }

  /** The order's timeline, loaded while the transaction is open. */
  public Optional<List<TimelineEntry>> timeline(CheckoutId id) {
    return orders.findByPublicId(id).map(order -> List.copyOf(order.timeline()));
  }

  private Order require(CheckoutId id) {
    return orders
        .findByPublicId(id)
        .orElseThrow(() -> new IllegalStateException("order " + id + " vanished"));
  }
}
