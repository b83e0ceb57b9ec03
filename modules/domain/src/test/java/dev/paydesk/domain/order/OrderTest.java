package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static Order newOrder() {
    return OrderBuilder.anOrder()
        .merchantOrderId("A-1001")
        .price("25.00")
        .createdAt(NOW)
        .creating();
  }

  static GatewayOrder assigned() {
    return new GatewayOrder(
        "2026112310000001",
        new BigDecimal("25.000000"),
        "USDT",
        "TRC20",
        "TXyz",
        "",
        "https://logo",
        Duration.ofHours(1));
  }

  @Test
  void showsNoAddressUntilTheGatewayAssignsOne() {
    Order order = newOrder();
    assertThat(order.status()).isEqualTo(OrderStatus.CREATING);
    assertThat(order.status().isPayable()).isFalse();
    assertThat(order.payInstructions()).isEmpty();

    order.assignGatewayOrder(assigned(), NOW.plusSeconds(2));

    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(order.payInstructions().orElseThrow().payAddress()).isEqualTo("TXyz");
    assertThat(order.payInstructions().orElseThrow().memo()).as("blank memo means none").isEmpty();
    assertThat(order.expiresAt()).contains(NOW.plusSeconds(2).plus(Duration.ofHours(1)));
  }

  @Test
  void retryAfterAFailureUsesAFreshGatewayMerchantOrderIdOnTheVersionNewOrdersUse() {
    Order order = newOrder();
    assertThat(order.attempt().gatewayMerchantOrderId()).isEqualTo("A-1001");
    assertThat(order.gatewayRequest().api()).isEqualTo(GatewayApi.V1);
    order.gatewayFailed("timeout", NOW);
    assertThat(order.mayRetryCreation(NOW, Duration.ofMinutes(2))).isTrue();

    order.retryCreation(GatewayApi.V2, NOW);

    assertThat(order.status()).isEqualTo(OrderStatus.CREATING);
    assertThat(order.attempt().number()).isEqualTo(2);
    assertThat(order.attempt().gatewayMerchantOrderId()).isEqualTo("A-1001~2");
    assertThat(order.gatewayRequest().gatewayMerchantOrderId()).isEqualTo("A-1001~2");
    assertThat(order.attempt().api()).isEqualTo(GatewayApi.V2);
    assertThat(order.gatewayRequest().api()).isEqualTo(GatewayApi.V2);
  }

  @Test
  void anAttemptInFlightIsRetriedOnlyOnceAbandoned() {
    Order order = newOrder();
    assertThat(order.mayRetryCreation(NOW.plusSeconds(30), Duration.ofMinutes(2))).isFalse();
    assertThat(order.mayRetryCreation(NOW.plusSeconds(121), Duration.ofMinutes(2))).isTrue();
  }

  @Test
  void aPayableOrderCannotBeAssignedOrFailedAgain() {
    Order order = newOrder();
    order.assignGatewayOrder(assigned(), NOW);
    assertThatThrownBy(() -> order.assignGatewayOrder(assigned(), NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.gatewayFailed("x", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> order.retryCreation(GatewayApi.V1, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(order.mayRetryCreation(NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(2)))
        .isFalse();
  }
}
