package dev.paydesk.application.payment;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.HeldPayment;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.ReportedAsset;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A person decides about payments CCPayment flagged risky (issue 21). */
class RiskyPaymentServiceTest {

  final MoneyPath path = new MoneyPath();
  final OrderReadService reads = new OrderReadService(path.orders);
  final RiskyPaymentService risky =
      new RiskyPaymentService(
          path.gateway,
          reads,
          path.payments,
          new OrderActionService(path.orders, path.statusChanged, path.clock));

  Order heldOrder(String amount) {
    Order order = anOrder().api(GatewayApi.V2).price("40.00").chain("TRX", null).payable();
    order.flagForReview("CCPayment flagged payment record r-1 as risky", EventSource.WEBHOOK, T0);
    path.orders.add(order);
    path.gateway.holdRisky(
        new HeldPayment(
            "r-1",
            "0xabc",
            new BigDecimal(amount),
            T0,
            new ReportedAsset(order.payInstructions().orElseThrow().crypto(), "TRX", null, null)));
    return order;
  }

  CheckoutView view(Order order) {
    return reads.checkout(order.publicId()).orElseThrow();
  }

  @Test
  void acceptedItCountsAsAnyPaymentOnceAndTheShopHearsOfIt() {
    Order order = heldOrder("40");
    assertThat(risky.held(view(order)))
        .singleElement()
        .satisfies(h -> assertThat(h.decision()).isEqualTo(RiskyPaymentService.Decision.UNDECIDED));

    CheckoutView paid = risky.accept(order.publicId(), "r-1", "ops");

    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.reviewReason()).isNull();
    assertThat(path.statusChanged.fired())
        .extracting(c -> c.to())
        .containsExactly(OrderStatus.PAID);
    assertThat(risky.held(view(order)))
        .singleElement()
        .satisfies(h -> assertThat(h.decision()).isEqualTo(RiskyPaymentService.Decision.CREDITED));
    assertThatThrownBy(() -> risky.accept(order.publicId(), "r-1", "ops"))
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_HELD));
    assertThat(view(order).payments()).hasSize(1);
  }

  @Test
  void leftItStaysUncreditedWithTheReasonOnTheTimeline() {
    Order order = heldOrder("40");

    CheckoutView left = risky.leave(order.publicId(), "r-1", "ops", "refunded at CCPayment");

    assertThat(left.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(left.payments()).isEmpty();
    assertThat(left.reviewReason()).isNull();
    assertThat(path.orders.timelineOf(order.publicId()))
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.REVIEWED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.recordId()).contains("r-1");
              assertThat(e.detail())
                  .get()
                  .asString()
                  .contains("uncredited", "refunded at CCPayment");
            });
    assertThat(risky.held(view(order)))
        .singleElement()
        .satisfies(h -> assertThat(h.decision()).isEqualTo(RiskyPaymentService.Decision.LEFT));
    assertThatThrownBy(() -> risky.accept(order.publicId(), "r-1", "ops"))
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_HELD));
  }

  @Test
  void ccPaymentIsAskedOnlyForOrdersWhoseTimelineShowsARiskyPayment() {
    Order plain = anOrder().api(GatewayApi.V2).payable();
    path.orders.add(plain);
    assertThat(RiskyPaymentService.mayHold(reads.timeline(plain.publicId()).orElseThrow()))
        .isFalse();

    Order held = anOrder().api(GatewayApi.V2).price("40.00").payable();
    path.orders.add(held);
    path.payments.applyWebhook(
        PaymentServiceTest.raw("r-9", held.attempt().gatewayMerchantOrderId()),
        new WebhookContent.HeldAsRisky(
            new WebhookTarget(held.attempt().gatewayMerchantOrderId(), null),
            PaymentServiceTest.success("r-9", "40"),
            new ReportedAsset("USDT", "TRX", null, null)));
    assertThat(RiskyPaymentService.mayHold(reads.timeline(held.publicId()).orElseThrow()))
        .as("flagged by the webhook's hold")
        .isTrue();
  }

  @Test
  void aRecordCcPaymentDoesNotHoldForTheOrderIsRefused() {
    Order order = heldOrder("40");

    assertThatThrownBy(() -> risky.accept(order.publicId(), "r-other", "ops"))
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_HELD));
    assertThat(view(order).payments()).isEmpty();
  }
}
