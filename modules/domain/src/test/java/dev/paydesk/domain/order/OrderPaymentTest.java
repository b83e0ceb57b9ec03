package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.order.TimelineEntry.Kind;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order's state decisions, as a table: reports in, state out. Amount due: 10 USDT. */
class OrderPaymentTest {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final Duration GRACE = Duration.ofMinutes(1);

  static Order payableOrder() {
    return OrderBuilder.anOrder()
        .price("10.00")
        .cryptoAmount("10.000000")
        .validFor(Duration.ofHours(1))
        .createdAt(T0)
        .payable();
  }

  /** "tx:status:amount" steps, ";"-separated; "EXPIRE" runs the expiry at T0 + 2 h. */
  static Order play(String steps, UnderpaymentTolerance tolerance) {
    Order order = payableOrder();
    Instant now = T0;
    for (String step : steps.split(";")) {
      now = now.plusSeconds(1);
      if (step.equals("EXPIRE")) {
        order.expire(T0.plus(Duration.ofHours(2)), GRACE, EventSource.TIMER);
        now = T0.plus(Duration.ofHours(2));
        continue;
      }
      String[] p = step.split(":");
      BigDecimal amount = p.length > 2 ? new BigDecimal(p[2]) : null;
      order.applyPayment(
          new PaymentReport(
              "rec-" + p[0],
              "0x" + p[0],
              PaymentStatus.valueOf(p[1]),
              amount,
              now,
              EventSource.WEBHOOK),
          tolerance,
          now,
          null);
    }
    return order;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a:PROCESSING:10                          | PAYMENT_DETECTED | 0",
        "a:PENDING;a:PROCESSING                   | PAYMENT_DETECTED | 0",
        "a:PROCESSING:10;a:SUCCESS:10             | PAID             | 10",
        "a:SUCCESS:10                             | PAID             | 10",
        "a:SUCCESS:10;a:PROCESSING:10             | PAID             | 10",
        "a:SUCCESS:10;a:SUCCESS:10;a:SUCCESS:10   | PAID             | 10",
        "a:SUCCESS:10.5                           | OVERPAID         | 10.5",
        "a:SUCCESS:4                              | UNDERPAID        | 4",
        "a:SUCCESS:4;b:SUCCESS:6                  | PAID             | 10",
        "a:SUCCESS:4;b:SUCCESS:3;c:SUCCESS:3.000001 | OVERPAID       | 10.000001",
        "a:SUCCESS:4;b:PROCESSING:6               | UNDERPAID        | 4",
        "a:PROCESSING:10;a:FAILED                 | AWAITING_PAYMENT | 0",
        "a:FAILED                                 | AWAITING_PAYMENT | 0",
        "a:SUCCESS:10;a:FAILED                    | PAID             | 10",
        "a:FAILED;a:SUCCESS:10                    | AWAITING_PAYMENT | 0",
        "EXPIRE                                   | EXPIRED          | 0",
        "a:SUCCESS:4;EXPIRE                       | EXPIRED_UNDERPAID| 4",
        "EXPIRE;a:SUCCESS:10                      | PAID_LATE        | 10",
        "a:SUCCESS:4;EXPIRE;b:SUCCESS:6           | PAID_LATE        | 10",
        "EXPIRE;a:SUCCESS:0.01                    | EXPIRED_UNDERPAID| 0.01",
        "a:SUCCESS:4;EXPIRE;b:SUCCESS:1           | EXPIRED_UNDERPAID| 5",
        "EXPIRE;a:SUCCESS:4;b:SUCCESS:6;c:SUCCESS:1 | PAID_LATE      | 11",
        "EXPIRE;a:PROCESSING:10                   | EXPIRED          | 0",
        "a:PROCESSING:10;EXPIRE                   | PAYMENT_DETECTED | 0",
        "a:SUCCESS:4;b:PENDING;EXPIRE             | UNDERPAID        | 4"
      })
  void decidesTheStateFromThePayments(String steps, OrderStatus expected, String paid) {
    Order order = play(steps.trim(), UnderpaymentTolerance.NONE);
    assertThat(order.status()).isEqualTo(expected);
    assertThat(order.amountPaid()).isEqualByComparingTo(paid);
  }

  @Test
  void anUnderpaymentWithinTheToleranceCountsAsPaid() {
    UnderpaymentTolerance onePercent = UnderpaymentTolerance.percent(BigDecimal.ONE);
    assertThat(play("a:SUCCESS:9.9", onePercent).status()).isEqualTo(OrderStatus.PAID);
    assertThat(play("a:SUCCESS:9.89", onePercent).status()).isEqualTo(OrderStatus.UNDERPAID);
    UnderpaymentTolerance cents = UnderpaymentTolerance.amount("0.05", "USD");
    assertThat(play("a:SUCCESS:9.95", cents).status()).isEqualTo(OrderStatus.PAID);
    assertThat(play("a:SUCCESS:9.94", cents).status()).isEqualTo(OrderStatus.UNDERPAID);
  }

  @Test
  void aRepeatedReportRecordsNothingAndAStepBackIsRecordedButIgnored() {
    Order order = play("a:SUCCESS:10", UnderpaymentTolerance.NONE);
    int entries = order.timeline().entries().size();
    PaymentOutcome repeat =
        order.applyPayment(
            new PaymentReport(
                "rec-a", "0xa", PaymentStatus.SUCCESS, BigDecimal.TEN, T0, EventSource.WEBHOOK),
            UnderpaymentTolerance.NONE,
            T0,
            7L);
    assertThat(repeat.recorded()).isFalse();
    assertThat(order.timeline().entries()).hasSize(entries);

    PaymentOutcome back =
        order.applyPayment(
            new PaymentReport(
                "rec-a", "0xa", PaymentStatus.PROCESSING, BigDecimal.TEN, T0, EventSource.WEBHOOK),
            UnderpaymentTolerance.NONE,
            T0,
            8L);
    assertThat(back.recorded()).isTrue();
    assertThat(back.statusChanged()).isFalse();
    assertThat(order.timeline().entries().get(order.timeline().entries().size() - 1))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.OUT_OF_ORDER_IGNORED);
              assertThat(e.webhookId()).contains(8L);
            });
  }

  @Test
  void aStepBackRepeatedByAStormIsNotedOnceAndThenIsADuplicate() {
    Order order = play("a:SUCCESS:10", UnderpaymentTolerance.NONE);
    int entries = order.timeline().entries().size();
    java.util.List<Boolean> recorded = new java.util.ArrayList<>();
    for (PaymentStatus stale :
        new PaymentStatus[] {
          PaymentStatus.PROCESSING,
          PaymentStatus.PROCESSING,
          PaymentStatus.PENDING,
          PaymentStatus.PROCESSING
        }) {
      recorded.add(
          order
              .applyPayment(
                  new PaymentReport("rec-a", "0xa", stale, BigDecimal.TEN, T0, EventSource.WEBHOOK),
                  UnderpaymentTolerance.NONE,
                  T0,
                  9L)
              .recorded());
    }

    assertThat(recorded).containsExactly(true, false, false, false);
    assertThat(order.timeline().entries()).hasSize(entries + 1);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void reconciliationAndWebhookOfOneTransactionCountOnce() {
    Order order = payableOrder();
    // bill/info knows only the txid; the webhook knows both; a pending webhook knew only the record
    // id
    order.applyPayment(
        new PaymentReport("rec-1", null, PaymentStatus.PENDING, null, T0, EventSource.WEBHOOK),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    order.applyPayment(
        new PaymentReport(
            null, "0xabc", PaymentStatus.SUCCESS, BigDecimal.TEN, T0, EventSource.RECONCILIATION),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    order.applyPayment(
        new PaymentReport(
            "rec-1", "0xabc", PaymentStatus.SUCCESS, BigDecimal.TEN, T0, EventSource.WEBHOOK),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    assertThat(order.payments())
        .as("the pending placeholder merged into the txid's payment")
        .hasSize(1);
    assertThat(order.amountPaid()).isEqualByComparingTo("10");
    assertThat(order.hasPaymentInFlight()).isFalse();
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    // a pending webhook that later reports its txid folds into the same payment
    Order other = payableOrder();
    other.applyPayment(
        new PaymentReport("rec-2", null, PaymentStatus.PENDING, null, T0, EventSource.WEBHOOK),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    other.applyPayment(
        new PaymentReport(
            "rec-2", "0xdef", PaymentStatus.SUCCESS, BigDecimal.TEN, T0, EventSource.WEBHOOK),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    other.applyPayment(
        new PaymentReport(
            null, "0xdef", PaymentStatus.SUCCESS, BigDecimal.TEN, T0, EventSource.RECONCILIATION),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    assertThat(other.payments()).hasSize(1);
    assertThat(other.amountPaid()).isEqualByComparingTo("10");
    assertThat(other.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void expiryWaitsForTheGracePeriodAndHappensOnce() {
    Order order = payableOrder();
    Instant expiry = T0.plus(Duration.ofHours(1));
    assertThat(order.expire(expiry, GRACE, EventSource.TIMER)).isFalse();
    assertThat(order.expire(expiry.plus(GRACE), GRACE, EventSource.TIMER)).isTrue();
    assertThat(order.expire(expiry.plus(GRACE), GRACE, EventSource.TIMER)).isFalse();
    assertThat(order.timeline().entries()).filteredOn(e -> e.kind() == Kind.EXPIRED).hasSize(1);
  }

  @Test
  void anExpiryRunAheadOfTheClockIsRecordedWhenItRanSoTheTimelineStaysInOrder() {
    Order order = payableOrder();
    Instant ranAt = T0.plus(Duration.ofMinutes(5));
    Instant asOf = T0.plus(Duration.ofHours(3)); // a sandbox run "as of" later

    assertThat(order.expire(asOf, GRACE, EventSource.TIMER, ranAt)).isTrue();
    order.applyPayment(
        new PaymentReport(
            "rec-late",
            "0xlate",
            PaymentStatus.SUCCESS,
            new BigDecimal("10"),
            ranAt.plusSeconds(30),
            EventSource.WEBHOOK),
        UnderpaymentTolerance.NONE,
        ranAt.plusSeconds(30),
        null);

    List<TimelineEntry> entries = order.timeline().entries();
    assertThat(entries)
        .extracting(TimelineEntry::occurredAt)
        .as("every entry at or after the one before")
        .isSortedAccordingTo(Instant::compareTo);
    assertThat(entries)
        .filteredOn(e -> e.kind() == Kind.EXPIRED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.occurredAt()).isEqualTo(ranAt);
              assertThat(e.detail()).get().asString().contains("as of " + asOf);
            });
    assertThat(order.expiredAt()).contains(asOf);
  }

  @Test
  void anOrderWithoutAGatewayOrderTakesNoPayments() {
    Order order =
        Order.open(CheckoutId.random(), CheckoutTermsTest.terms("10.00"), "k", GatewayApi.V1, T0);
    assertThatThrownBy(
            () ->
                order.applyPayment(
                    new PaymentReport(
                        "r", "0x1", PaymentStatus.SUCCESS, BigDecimal.ONE, T0, EventSource.WEBHOOK),
                    UnderpaymentTolerance.NONE,
                    T0,
                    null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void internalTransfersAreKeyedByRecordId() {
    PaymentReport a =
        new PaymentReport(
            "r1",
            "internal transfer",
            PaymentStatus.SUCCESS,
            BigDecimal.ONE,
            T0,
            EventSource.WEBHOOK);
    PaymentReport b =
        new PaymentReport(
            "r2",
            "Internal Transfer",
            PaymentStatus.SUCCESS,
            BigDecimal.ONE,
            T0,
            EventSource.WEBHOOK);
    assertThat(List.of(a.transactionKey(), b.transactionKey()))
        .containsExactly("record:r1", "record:r2");
    assertThatThrownBy(
            () ->
                new PaymentReport(
                    null,
                    "internal transfer",
                    PaymentStatus.SUCCESS,
                    BigDecimal.ONE,
                    T0,
                    EventSource.RECONCILIATION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
