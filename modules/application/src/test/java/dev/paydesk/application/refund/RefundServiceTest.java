package dev.paydesk.application.refund;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static dev.paydesk.domain.order.OrderBuilder.webhookReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import dev.paydesk.domain.refund.RefundRepository;
import dev.paydesk.domain.refund.RefundStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundServiceTest {

  /** Refunds in memory. */
  static class InMemoryRefunds implements RefundRepository {
    final List<Refund> all = new ArrayList<>();

    @Override
    public void add(Refund refund) {
      all.add(refund);
    }

    @Override
    public Optional<Refund> find(String id) {
      return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<Refund> ofCheckout(String checkoutId) {
      return all.stream().filter(r -> r.checkoutId().equals(checkoutId)).toList();
    }

    @Override
    public Optional<Refund> byLinkDigest(String digest) {
      return all.stream().filter(r -> r.linkOpens(digest, java.time.Instant.MIN)).findFirst();
    }

    @Override
    public Optional<String> checkoutOf(String refundId) {
      return find(refundId).map(Refund::checkoutId);
    }

    @Override
    public List<Refund> open(int limit) {
      return all.stream().filter(r -> !r.status().isFinal()).limit(limit).toList();
    }

    @Override
    public long countWaiting() {
      return all.stream().filter(r -> RefundView.of(r).needsSomeone()).count();
    }

    @Override
    public List<Refund> ended(int limit) {
      return all.stream().filter(r -> r.status().isFinal()).limit(limit).toList();
    }

    @Override
    public List<Refund> inFlight(int limit) {
      return all.stream()
          .filter(r -> r.status() == RefundStatus.SENDING || r.status() == RefundStatus.PROCESSING)
          .limit(limit)
          .toList();
    }
  }

  static final RefundDestination BUYER =
      new RefundDestination.ChainAddress("TRX", "TXYZabcdefghijklmnopqrstuvwxyz1234", null);

  final MoneyPath path = new MoneyPath();
  final InMemoryRefunds refunds = new InMemoryRefunds();
  final dev.paydesk.application.fake.RecordingEvent<RefundChanged> changed =
      new dev.paydesk.application.fake.RecordingEvent<>();

  RefundService service(String approvalAbove) {
    return new RefundService(
        path.orders,
        refunds,
        new RefundSettings(Optional.ofNullable(approvalAbove).map(BigDecimal::new)),
        changed,
        path.clock);
  }

  /** A 60 USDT order paid {@code paid}. */
  Order paid(String paid) {
    Order order =
        anOrder().price("60.00").chain("TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").payable();
    path.orders.add(order);
    order.applyPayment(
        webhookReport("tx-" + paid, PaymentStatus.SUCCESS, paid),
        UnderpaymentTolerance.NONE,
        T0.plusSeconds(60),
        null);
    return order;
  }

  static Refund ask(
      RefundService refunds,
      Order order,
      BigDecimal amount,
      Refund.Reason reason,
      RefundDestination to,
      EventSource source,
      String by) {
    return refunds.ask(order.publicId(), amount, reason, to, source, by);
  }

  static Refund ask(RefundService refunds, Order order, String amount, Refund.Reason reason) {
    return ask(refunds, order, new BigDecimal(amount), reason, BUYER, EventSource.MERCHANT, "olga");
  }

  static void refused(Runnable action, Refusal refusal) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            RefundRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
  }

  @Test
  void theOverpaidPartGoesBackAndTheStepIsOnTheTimeline() {
    Order order = paid("75");
    RefundService refunds = service(null);

    refused(
        () -> ask(refunds, order, "15.01", Refund.Reason.OVERPAYMENT),
        Refusal.MORE_THAN_REFUNDABLE);
    Refund refund = ask(refunds, order, "15", Refund.Reason.OVERPAYMENT);

    assertThat(refund.status()).isEqualTo(RefundStatus.READY);
    assertThat(refund.coinSymbol()).isEqualTo("USDT");
    assertThat(refund.chain()).isEqualTo("TRX");
    var timeline = path.orders.timelineOf(order.publicId());
    TimelineEntry last = timeline.get(timeline.size() - 1);
    assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.REFUND);
    assertThat(last.actor()).contains("olga");
    assertThat(last.detail())
        .hasValueSatisfying(d -> assertThat(d).contains("refund of 15 USDT asked (overpayment)"));
    assertThat(refunds.refundable(order.publicId())).isEqualByComparingTo("60");
  }

  @Test
  void refundsOfTheOverpaidPartTogetherNeverTakeMoreThanIt() {
    Order order = paid("75");
    RefundService refunds = service(null);
    Refund first = ask(refunds, order, "10", Refund.Reason.OVERPAYMENT);

    refused(
        () -> ask(refunds, order, "5.000001", Refund.Reason.OVERPAYMENT),
        Refusal.MORE_THAN_REFUNDABLE);
    ask(refunds, order, "5", Refund.Reason.OVERPAYMENT);
    refunds.cancel(first.id(), EventSource.MERCHANT, "olga");

    assertThat(ask(refunds, order, "10", Refund.Reason.OVERPAYMENT).amount())
        .isEqualByComparingTo("10");
  }

  @Test
  void refundsTogetherNeverTakeMoreThanWasPaidAndACancelledOneGivesItsShareBack() {
    Order order = paid("60");
    RefundService refunds = service(null);
    Refund first =
        ask(
            refunds,
            order,
            new BigDecimal("40"),
            Refund.Reason.FULL_REFUND,
            BUYER,
            EventSource.SHOP,
            "shop");

    refused(
        () ->
            ask(
                refunds,
                order,
                new BigDecimal("20.000001"),
                Refund.Reason.FULL_REFUND,
                null,
                EventSource.SHOP,
                "shop"),
        Refusal.MORE_THAN_REFUNDABLE);
    refunds.cancel(first.id(), EventSource.MERCHANT, "olga");

    assertThat(refunds.refundable(order.publicId())).isEqualByComparingTo("60");
  }

  @Test
  void aReasonTheOrderDoesNotHaveIsRefused() {
    Order order = paid("60");
    RefundService refunds = service(null);

    refused(() -> ask(refunds, order, "1", Refund.Reason.OVERPAYMENT), Refusal.WRONG_STATE);
    refused(() -> ask(refunds, order, "1", Refund.Reason.LATE_PAYMENT), Refusal.WRONG_STATE);
    refused(() -> ask(refunds, order, "1", Refund.Reason.CANCELLED_ORDER), Refusal.WRONG_STATE);
  }

  @Test
  void aboveTheThresholdItWaitsForAnotherAdminAndBelowItGoesStraightOn() {
    Order order = paid("60");
    RefundService refunds = service("50.00");

    Refund small = ask(refunds, order, "5", Refund.Reason.FULL_REFUND);
    Refund large =
        ask(
            refunds,
            order,
            new BigDecimal("50.01"),
            Refund.Reason.FULL_REFUND,
            null,
            EventSource.MERCHANT,
            "olga");

    assertThat(small.status()).isEqualTo(RefundStatus.READY);
    assertThat(large.status()).isEqualTo(RefundStatus.AWAITING_ADDRESS);
    refunds.giveDestination(large.id(), BUYER, EventSource.BUYER, null);
    assertThat(large.status()).isEqualTo(RefundStatus.AWAITING_APPROVAL);
    refused(() -> refunds.approve(large.id(), "olga", true), Refusal.NOT_AN_APPROVER);
    refunds.approve(large.id(), "ada", true);
    assertThat(large.status()).isEqualTo(RefundStatus.READY);
  }
}
