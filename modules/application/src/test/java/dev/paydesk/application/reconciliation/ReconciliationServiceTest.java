package dev.paydesk.application.reconciliation;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static dev.paydesk.domain.order.OrderBuilder.webhookReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.ReviewFlag;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationServiceTest {

  final MoneyPath path = new MoneyPath();
  final ReconciliationService reconciliation =
      new ReconciliationService(
          path.orders,
          path.payments,
          path.lookup,
          new ReconciliationSettings(
              Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofDays(7), 100),
          new dev.paydesk.application.timer.TimerRuns());

  Order expiredAt(Instant when) {
    Order order =
        anOrder()
            .createdAt(when.minus(Duration.ofHours(3)))
            .validFor(Duration.ofHours(1))
            .payable();
    order.expire(when, Duration.ZERO, EventSource.TIMER);
    path.orders.add(order);
    return order;
  }

  Order detectedAt(Instant when) {
    Order order = anOrder().createdAt(when).payable();
    order.applyPayment(
        webhookReport("pending", PaymentStatus.PROCESSING, null),
        UnderpaymentTolerance.NONE,
        when,
        null);
    path.orders.add(order);
    return order;
  }

  GatewayTrade trade(String txid, String amount) {
    return new GatewayTrade(txid, new BigDecimal(amount), T0);
  }

  @Test
  void aPaymentToAnExpiredOrderIsAppliedAsPaidLate() {
    Order expired = expiredAt(T0.minus(Duration.ofDays(1)));
    path.gateway.received(expired.attempt().gatewayMerchantOrderId(), trade("0xlate", "49.90"));

    ReconciliationService.Run run = reconciliation.reconcileDue(T0);

    assertThat(expired.status()).isEqualTo(OrderStatus.PAID_LATE);
    assertThat(run.changed()).isEqualTo(1);
    assertThat(path.statusChanged.fired())
        .singleElement()
        .satisfies(c -> assertThat(c.to()).isEqualTo(OrderStatus.PAID_LATE));
  }

  @Test
  void eachTradeGoesToTheOrderTheGatewayListsItFor() {
    Order first = expiredAt(T0.minus(Duration.ofHours(1)));
    Order second = expiredAt(T0.minus(Duration.ofHours(2)));
    path.gateway.received(second.attempt().gatewayMerchantOrderId(), trade("0xsecond", "5"));

    reconciliation.reconcileDue(T0);

    assertThat(first.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(first.payments()).isEmpty();
    // 5 of 49.90 after expiry is a late part-payment: recorded, never "paid late"
    assertThat(second.status()).isEqualTo(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(second.amountPaid()).isEqualByComparingTo("5");
    assertThat(second.review().map(ReviewFlag::reason)).isPresent();
  }

  @Test
  void aTradeInAnotherCryptoIsNotCreditedAndIsFlaggedOnce() {
    Order expired = expiredAt(T0.minus(Duration.ofHours(1)));
    path.gateway.received(
        expired.attempt().gatewayMerchantOrderId(),
        new GatewayTrade(
            "0xTRX",
            new BigDecimal("49.90"),
            T0,
            new dev.paydesk.domain.payment.ReportedAsset("TRX", "TRX", "TRX", null)));

    reconciliation.reconcileDue(T0);
    expired.markReviewed("ops", "buyer sent TRX; refunded", T0);
    reconciliation.reconcileDue(T0.plusSeconds(600));

    assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(expired.payments()).isEmpty();
    assertThat(path.orders.timelineOf(expired.publicId()))
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.REVIEW_FLAGGED)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).get().asString().contains("crypto TRX"));
    assertThat(expired.review().map(ReviewFlag::reason))
        .as("reviewed, and not flagged again")
        .isEmpty();
  }

  @Test
  void looksOnlyAtStaleDetectionsAndRecentExpiries() {
    Order stale = detectedAt(T0.minus(Duration.ofMinutes(11)));
    detectedAt(T0.minus(Duration.ofMinutes(5)));
    expiredAt(T0.minus(Duration.ofDays(8)));

    reconciliation.reconcileDue(T0);

    assertThat(path.gateway.queries())
        .singleElement()
        .isEqualTo(List.of(stale.attempt().gatewayMerchantOrderId()));
  }

  @Test
  void eachOrderIsAskedOfTheApiVersionThatMadeIt() {
    Order v1 = detectedAt(T0.minus(Duration.ofMinutes(11)));
    Order v2 = anOrder().api(GatewayApi.V2).createdAt(T0.minus(Duration.ofMinutes(11))).payable();
    v2.applyPayment(
        webhookReport("pending-v2", PaymentStatus.PROCESSING, null),
        UnderpaymentTolerance.NONE,
        T0.minus(Duration.ofMinutes(11)),
        null);
    path.orders.add(v2);
    path.gateway.received(v2.attempt().gatewayMerchantOrderId(), trade("0xv2", "49.90"));

    reconciliation.reconcileDue(T0);

    assertThat(path.gateway.queriedApis()).containsExactlyInAnyOrder(GatewayApi.V1, GatewayApi.V2);
    int v2Query = path.gateway.queriedApis().indexOf(GatewayApi.V2);
    assertThat(path.gateway.queries().get(v2Query))
        .containsExactly(v2.attempt().gatewayMerchantOrderId());
    assertThat(path.gateway.queries().get(1 - v2Query))
        .containsExactly(v1.attempt().gatewayMerchantOrderId());
    assertThat(v2.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void theGatewayConfirmingADetectedPaymentSettlesIt() {
    Order stale = detectedAt(T0.minus(Duration.ofMinutes(11)));
    path.gateway.received(stale.attempt().gatewayMerchantOrderId(), trade("0xpending", "49.90"));

    reconciliation.reconcileDue(T0);

    assertThat(stale.status()).isEqualTo(OrderStatus.PAID);
    assertThat(stale.payments()).as("the webhook's payment and the trade are one").hasSize(1);
  }

  @Test
  void checkNowAppliesWhatTheGatewayListsAndShowsTheResult() {
    Order order = anOrder().payable();
    path.orders.add(order);
    path.gateway.received(order.attempt().gatewayMerchantOrderId(), trade("0xnow", "49.90"));

    CheckoutView view =
        reconciliation.checkNow(order.publicId(), T0, Actor.merchant("anna")).orElseThrow();

    assertThat(view.status()).isEqualTo(OrderStatus.PAID);
    assertThat(view.payments())
        .singleElement()
        .satisfies(p -> assertThat(p.txid()).isEqualTo("0xnow"));
    assertThat(path.orders.timelineOf(order.publicId()))
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.CHECKED_AT_GATEWAY)
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).contains("anna"));
  }

  @Test
  void checkNowSaysSoWhenTheGatewayCannotBeAsked() {
    Order order = anOrder().payable();
    path.orders.add(order);
    path.gateway.goDown();

    assertThatThrownBy(() -> reconciliation.checkNow(order.publicId(), T0, Actor.merchant("anna")))
        .isInstanceOf(GatewayUnavailableException.class);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }
}
