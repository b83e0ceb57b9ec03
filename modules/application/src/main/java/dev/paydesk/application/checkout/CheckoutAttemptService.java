package dev.paydesk.application.checkout;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The gateway attempts of a checkout, each in its own transaction: the order is reserved before the
 * gateway call and the answer recorded after it, so that no database transaction or row lock is
 * held while CCPayment is being asked (see {@link CheckoutCreationService}).
 */
@ApplicationScoped
@Transactional
public class CheckoutAttemptService {

  /**
   * What {@link #reserve} decided: replay a finished checkout, or call the gateway for this order.
   */
  public record Reservation(Order order, boolean replay) {}

  private OrderRepository orders;
  private Clock clock;
  private CheckoutSettings settings;
  private GatewayApiChoice api;

  protected CheckoutAttemptService() {
    // for CDI proxies
  }

  @Inject
  public CheckoutAttemptService(
      OrderRepository orders, Clock clock, CheckoutSettings settings, GatewayApiChoice api) {
    this.orders = orders;
    this.clock = clock;
    this.api = api;
    this.settings = settings;
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
      if (!order.terms().isSameRequest(terms)) {
        throw new IdempotencyKeyReusedException(idempotencyKey);
      }
      if (order.mayRetryCreation(clock.instant(), settings.abandonedAttemptAfter())) {
        order.retryCreation(api.forNewOrders(), clock.instant());
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
    Order order =
        Order.open(CheckoutId.random(), terms, idempotencyKey, api.forNewOrders(), clock.instant());
    orders.add(order);
    return new Reservation(order, false);
  }

  /** The gateway made the order: the buyer can be shown where to pay. */
  public CheckoutView recordAssigned(CheckoutId id, GatewayOrder assigned) {
    Order order = require(id);
    order.assignGatewayOrder(assigned, clock.instant());
    return CheckoutView.of(order);
  }

  /** The gateway refused, or gave no trustworthy answer: nothing to pay. */
  public void recordFailure(CheckoutId id, String reason) {
    require(id).gatewayFailed(reason, clock.instant());
  }

  private Order require(CheckoutId id) {
    return orders
        .findByPublicId(id)
        .orElseThrow(() -> new IllegalStateException("order " + id + " vanished"));
  }
}
