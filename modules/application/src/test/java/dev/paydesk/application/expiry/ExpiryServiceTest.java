package dev.paydesk.application.expiry;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryServiceTest {

  static final Duration GRACE = Duration.ofMinutes(1);

  final MoneyPath path = new MoneyPath();
  final ExpiryService expiry =
      new ExpiryService(
          new DueOrders(path.orders),
          path.payments,
          path.lookup,
          new ExpirySettings(Duration.ofSeconds(30), GRACE, 100),
          new dev.paydesk.application.timer.TimerRuns(),
          Runnable::run);

  /** An hour-long checkout created {@code minutesAgo} before T0. */
  Order stored(int minutesAgo) {
    Order order =
        anOrder()
            .createdAt(T0.minus(Duration.ofMinutes(minutesAgo)))
            .validFor(Duration.ofHours(1))
            .payable();
    path.orders.add(order);
    return order;
  }

  @Test
  void expiresEveryDueOrderInBatchesOfAtMostOneHundred() {
    List<Order> due = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      due.add(stored(90));
    }
    Order notYet = stored(30);

    ExpiryService.Run run = expiry.expireDue(T0);

    assertThat(run.expired()).isEqualTo(250);
    assertThat(run.checked()).isEqualTo(250);
    assertThat(path.gateway.queries()).extracting(List::size).containsExactly(100, 100, 50);
    assertThat(due).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.EXPIRED));
    assertThat(notYet.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void oneRunExpiresEveryDueOrderHoweverManyThereAre() {
    for (int i = 0; i < 6_000; i++) {
      stored(90);
    }
    stored(30);

    ExpiryService.Run run = expiry.expireDue(T0);

    assertThat(run.expired()).as("no per-run cap: none left for later ticks").isEqualTo(6_000);
    assertThat(path.gateway.queries()).hasSize(60).allSatisfy(q -> assertThat(q).hasSize(100));
    assertThat(expiry.expireDue(T0).checked()).isZero();
  }

  @Test
  void waitsOutTheGracePeriodAfterExpiry() {
    Order order = stored(60);

    ExpiryService.Run atExpiry = expiry.expireDue(T0);
    ExpiryService.Run afterGrace = expiry.expireDue(T0.plus(GRACE));

    assertThat(atExpiry.expired()).isZero();
    assertThat(afterGrace.expired()).isEqualTo(1);
    assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
  }

  @Test
  void leavesEveryOrderAsItIsWhenTheGatewayCannotBeAsked() {
    Order order = stored(90);
    path.gateway.goDown();

    ExpiryService.Run run = expiry.expireDue(T0);

    assertThat(run.expired()).isZero();
    assertThat(run.gatewayFailures()).isEqualTo(1);
    assertThat(path.gateway.queries()).as("each due order asked about once per run").hasSize(1);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

    path.gateway.recover();
    assertThat(expiry.expireDue(T0).expired()).as("the next run expires it").isEqualTo(1);
  }

  @Test
  void appliesAPaymentTheGatewayKnowsOfInsteadOfExpiring() {
    Order paid = stored(90);
    Order unpaid = stored(90);
    Order partly = stored(90);
    path.gateway.received(
        paid.attempt().gatewayMerchantOrderId(),
        new GatewayTrade("0xfull", new BigDecimal("49.90"), T0));
    path.gateway.received(
        partly.attempt().gatewayMerchantOrderId(),
        new GatewayTrade("0xpart", new BigDecimal("10"), T0));

    ExpiryService.Run run = expiry.expireDue(T0);

    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(unpaid.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(partly.status()).isEqualTo(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(run.expired()).isEqualTo(2);
    assertThat(path.orders.timelineOf(paid.publicId()))
        .extracting(e -> e.kind().name())
        .containsSubsequence("PAYMENT_CONFIRMED", "STATUS_CHANGED")
        .doesNotContain("EXPIRED");
    assertThat(path.orders.pageLocks)
        .as("each order of the page locked once, listed or not")
        .containsOnlyKeys(paid.publicId(), unpaid.publicId(), partly.publicId())
        .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
  }

  @Test
  void aSecondRunAtTheSameTimeExpiresNothingMore() {
    stored(90);
    expiry.expireDue(T0);

    ExpiryService.Run again = expiry.expireDue(Instant.from(T0));

    assertThat(again.expired()).isZero();
    assertThat(again.checked()).isZero();
  }

  @Test
  void onePageTheGatewayRefusesDoesNotStopEveryOrderBehindIt() {
    List<Order> due = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      due.add(stored(90));
    }
    Order refused = due.get(40);
    path.gateway.refuseQueriesNaming(refused.attempt().gatewayMerchantOrderId());

    ExpiryService.Run run = expiry.expireDue(T0);

    assertThat(refused.status())
        .as("asked about alone, refused: left")
        .isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(run.expired()).isEqualTo(249);
    assertThat(due)
        .filteredOn(o -> o != refused)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.EXPIRED));
  }
}
