package dev.paydesk.application.payment;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the gateway ({@code bill/info}) which payments it received for a batch of orders, outside
 * any transaction. Expiry and reconciliation both decide on its answer.
 */
@ApplicationScoped
public class GatewayLookup {

  private static final System.Logger LOG = System.getLogger(GatewayLookup.class.getName());

  /** The gateway's answer for a batch: the payments it lists per order. */
  public static final class Answer {

    private final Map<String, GatewayOrderStatus> byGatewayMerchantOrderId;

    private Answer(List<GatewayOrderStatus> statuses) {
      this.byGatewayMerchantOrderId =
          statuses.stream()
              .collect(
                  Collectors.toMap(
                      GatewayOrderStatus::gatewayMerchantOrderId,
                      Function.identity(),
                      (a, b) -> a));
    }

    /** The payments the gateway lists for the order; none if it does not know the order. */
    public List<GatewayTrade> tradesOf(Order order) {
      GatewayOrderStatus status =
          byGatewayMerchantOrderId.get(order.attempt().gatewayMerchantOrderId());
      return status == null ? List.of() : status.trades();
    }
  }

  private PaymentGateway gateway;

  protected GatewayLookup() {
    // for CDI proxies
  }

  @Inject
  public GatewayLookup(PaymentGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * The gateway's answer for at most {@link PaymentGateway#MAX_ORDER_QUERY} orders.
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  public Answer ask(List<Order> orders) {
    // each order is asked of the API version that made it
    Map<GatewayApi, List<String>> byApi = new EnumMap<>(GatewayApi.class);
    for (Order order : orders) {
      byApi
          .computeIfAbsent(order.attempt().api(), a -> new ArrayList<>())
          .add(order.attempt().gatewayMerchantOrderId());
    }
    List<GatewayOrderStatus> statuses = new ArrayList<>();
    byApi.forEach((api, ids) -> statuses.addAll(gateway.orderStatuses(api, ids)));
    return new Answer(statuses);
  }

  /** As {@link #ask}, or empty (logged) when the gateway gives no trustworthy answer. */
  public Optional<Answer> tryAsk(List<Order> orders) {
    try {
      return Optional.of(ask(orders));
    } catch (GatewayUnavailableException | GatewayRejectedException e) {
      LOG.log(
          Level.WARNING,
          "bill/info for {0} orders failed; they are left as they are: {1}",
          orders.size(),
          e.getMessage());
      return Optional.empty();
    }
  }
}
