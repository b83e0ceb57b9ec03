package dev.paydesk.application.order;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static dev.paydesk.domain.order.OrderBuilder.webhookReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import org.junit.jupiter.api.Test;

class OrderActionServiceTest {

  final MoneyPath path = new MoneyPath();
  final OrderActionService actions =
      new OrderActionService(path.orders, path.statusChanged, path.clock);

  Order stored() {
    Order order = anOrder().payable();
    path.orders.add(order);
    return order;
  }

  TimelineEntry last(Order order) {
    var timeline = path.orders.timelineOf(order.publicId());
    return timeline.get(timeline.size() - 1);
  }

  @Test
  void aNoteGoesOnTheTimelineWithWhoWroteIt() {
    Order order = stored();

    actions.addNote(order.publicId(), "anna", "  buyer called: paying tomorrow ");

    assertThat(last(order).kind()).isEqualTo(TimelineEntry.Kind.NOTE);
    assertThat(last(order).actor()).contains("anna");
    assertThat(last(order).detail()).contains("buyer called: paying tomorrow");
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void anEmptyOrOverlongOrControlCharacterNoteIsRefused() {
    Order order = stored();

    assertThatThrownBy(() -> actions.addNote(order.publicId(), "anna", "  "))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_NOTE));
    assertThatThrownBy(() -> actions.addNote(order.publicId(), "anna", "x".repeat(501)))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_NOTE));
    assertThatThrownBy(() -> actions.addNote(order.publicId(), "anna", "a\u0000b"))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_NOTE));
  }

  @Test
  void anUnpaidOrderIsCancelledAndAPaymentThatStillArrivesIsKeptAsLate() {
    Order order = stored();

    actions.cancel(order.publicId(), "anna", "customer changed their mind");
    order.applyPayment(
        webhookReport("late", PaymentStatus.SUCCESS, "49.90"),
        UnderpaymentTolerance.NONE,
        T0.plusSeconds(60),
        null);

    assertThat(path.statusChanged.fired())
        .singleElement()
        .satisfies(c -> assertThat(c.to()).isEqualTo(OrderStatus.CANCELLED));
    assertThat(order.status()).isEqualTo(OrderStatus.PAID_LATE);
    assertThat(order.amountPaid()).isEqualByComparingTo("49.90");
    assertThat(path.orders.timelineOf(order.publicId()))
        .extracting(TimelineEntry::kind)
        .containsSubsequence(TimelineEntry.Kind.CANCELLED, TimelineEntry.Kind.PAYMENT_CONFIRMED);
  }

  @Test
  void anOrderWithAPaymentCannotBeCancelled() {
    Order order = stored();
    order.applyPayment(
        webhookReport("seen", PaymentStatus.PROCESSING, null),
        UnderpaymentTolerance.NONE,
        T0,
        null);

    assertThatThrownBy(() -> actions.cancel(order.publicId(), "anna", null))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(Refusal.NOT_CANCELLABLE);
              assertThat(e.refusal().messageKey()).isEqualTo("refused.NOT_CANCELLABLE");
            });
    assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_DETECTED);
  }
}
