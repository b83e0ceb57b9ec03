package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The money defects a review found (issue 19), each as the rule that must hold. */
class MoneyReviewTest {

  static final Instant T0 = OrderPaymentTest.T0;
  static final Instant LATER = T0.plus(Duration.ofHours(3));

  static PaymentReport report(String recordId, String txid, PaymentStatus status, String amount) {
    return new PaymentReport(
        recordId,
        txid,
        status,
        amount == null ? null : new BigDecimal(amount),
        T0,
        recordId == null ? EventSource.RECONCILIATION : EventSource.WEBHOOK);
  }

  static Order expired() {
    Order order = OrderPaymentTest.payableOrder();
    order.expire(LATER, Duration.ZERO, EventSource.TIMER);
    return order;
  }

  @Test
  void aDustPaymentAfterExpiryLeavesTheOrderEnded() {
    Order order = expired();
    order.applyPayment(
        report("r-1", "0xd1", PaymentStatus.SUCCESS, "0.01"),
        UnderpaymentTolerance.NONE,
        LATER,
        null);
    assertThat(order.status()).isNotEqualTo(OrderStatus.PAID_LATE);
    assertThat(order.status().hasEnded()).isTrue();
    assertThat(order.amountPaid()).isEqualByComparingTo("0.01");
  }

  @Test
  void aCancelledOrderThatGetsPartOfItsAmountStaysCancelled() {
    Order order = OrderPaymentTest.payableOrder();
    order.cancel("merchant", "wrong item", T0);
    order.applyPayment(
        report("r-1", "0xc1", PaymentStatus.SUCCESS, "3"), UnderpaymentTolerance.NONE, LATER, null);
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void lateMoneyThatCoversTheOrderMakesItPaidLate() {
    Order order = expired();
    order.applyPayment(
        report("r-1", "0xe1", PaymentStatus.SUCCESS, "4"), UnderpaymentTolerance.NONE, LATER, null);
    order.applyPayment(
        report("r-2", "0xe2", PaymentStatus.SUCCESS, "6"), UnderpaymentTolerance.NONE, LATER, null);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID_LATE);
  }

  @Test
  void twoRecordsInOneTransactionBothCount() {
    Order order = OrderPaymentTest.payableOrder();
    order.applyPayment(
        report("r-1", "0xabc", PaymentStatus.SUCCESS, "4"), UnderpaymentTolerance.NONE, T0, null);
    order.applyPayment(
        report("r-2", "0xabc", PaymentStatus.SUCCESS, "6"), UnderpaymentTolerance.NONE, T0, null);
    assertThat(order.amountPaid()).isEqualByComparingTo("10");
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void oneRecordSpelledTwoWaysCountsOnce() {
    Order order = OrderPaymentTest.payableOrder();
    order.applyPayment(
        report("r-1", "0xABCDEF01", PaymentStatus.SUCCESS, "10"),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    order.applyPayment(
        report(null, "0xabcdef01", PaymentStatus.SUCCESS, "10"),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    order.applyPayment(
        report("r-1", "0xabcdef01", PaymentStatus.SUCCESS, "10"),
        UnderpaymentTolerance.NONE,
        T0,
        null);
    assertThat(order.payments()).hasSize(1);
    assertThat(order.amountPaid()).isEqualByComparingTo("10");
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aGatewayRetryIdIsNoIdAShopCouldUse() {
    Order order = OrderBuilder.anOrder().merchantOrderId("A-1").creating();
    order.gatewayFailed("timeout", T0);
    order.retryCreation(GatewayApi.V1, T0);
    String retryId = order.attempt().gatewayMerchantOrderId();
    assertThatThrownBy(() -> CheckoutTermsTest.terms("10.00", retryId))
        .isInstanceOf(InvalidCheckoutException.class);
  }

  @Test
  void aLatePartPaymentIsToldApartAndWaitsForAPerson() {
    Order order = expired();
    PaymentOutcome outcome =
        order.applyPayment(
            report("r-1", "0xd1", PaymentStatus.SUCCESS, "0.01"),
            UnderpaymentTolerance.NONE,
            LATER,
            null);
    assertThat(outcome.latePartPayment()).isTrue();
    assertThat(outcome.credited()).isEqualByComparingTo("0.01");
    assertThat(order.review().map(ReviewFlag::reason))
        .get()
        .asString()
        .contains("late part-payment");
    assertThat(order.review().map(ReviewFlag::since)).contains(LATER);

    PaymentOutcome covering =
        order.applyPayment(
            report("r-2", "0xd2", PaymentStatus.SUCCESS, "9.99"),
            UnderpaymentTolerance.NONE,
            LATER,
            null);
    assertThat(covering.latePartPayment()).isFalse();
    assertThat(order.status()).isEqualTo(OrderStatus.PAID_LATE);

    order.markReviewed("ops", "refunded the cent", LATER);
    assertThat(order.review().map(ReviewFlag::reason)).isEmpty();
    assertThat(order.timeline().entries())
        .extracting(TimelineEntry::kind)
        .contains(TimelineEntry.Kind.REVIEW_FLAGGED, TimelineEntry.Kind.REVIEWED);
  }

  @Test
  void aFailureReportedAfterReconciliationCreditedTheRecordIsFlagged() {
    Order order = OrderPaymentTest.payableOrder();
    order.applyPayment(
        report(null, "0xF00D", PaymentStatus.SUCCESS, "10"), UnderpaymentTolerance.NONE, T0, null);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);

    order.applyPayment(
        report("r-9", "0xf00d", PaymentStatus.FAILED, null), UnderpaymentTolerance.NONE, T0, 5L);

    assertThat(order.payments()).hasSize(1);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.review().map(ReviewFlag::reason))
        .get()
        .asString()
        .contains("failed")
        .contains("credited");

    Order other = OrderPaymentTest.payableOrder();
    other.applyPayment(
        report(null, "0xbeef", PaymentStatus.SUCCESS, "10"), UnderpaymentTolerance.NONE, T0, null);
    other.applyPayment(
        report("r-10", null, PaymentStatus.FAILED, null), UnderpaymentTolerance.NONE, T0, 6L);
    assertThat(other.review().map(ReviewFlag::reason))
        .get()
        .asString()
        .contains("may be the same transaction");
  }

  @Test
  void aReportOfAnotherCryptoChainContractOrAmountIsNotTheOrders() {
    Order order = OrderBuilder.anOrder().price("40.00").payable();
    // the builder's order: 40 USDT on TRX, contract TR7N... (from the catalogue)
    assertThat(order.whyNotCredited(new ReportedAsset("TRX", "TRX", "TRX", null)))
        .get()
        .asString()
        .contains("crypto TRX");
    assertThat(order.whyNotCredited(new ReportedAsset("usdt", "trx", null, null))).isEmpty();
    assertThat(order.whyNotCredited(new ReportedAsset("USDT", "ETH", null, null)))
        .get()
        .asString()
        .contains("chain ETH");
    assertThat(
            order.whyNotCredited(
                new ReportedAsset("USDT", "TRX", "TXXXXqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", null)))
        .get()
        .asString()
        .contains("contract");
    assertThat(
            order.whyNotCredited(
                new ReportedAsset("USDT", "TRX", null, new BigDecimal("4.000000"))))
        .get()
        .asString()
        .contains("order amount 4 (the order asks 40)");
    assertThat(
            order.whyNotCredited(
                new ReportedAsset("USDT", "TRX", null, new BigDecimal("40.000000"))))
        .isEmpty();
    assertThat(order.whyNotCredited(ReportedAsset.UNKNOWN)).isEmpty();
    // the same amount written with fewer decimals, rounded either way
    Order bitcoin = OrderBuilder.anOrder().price("25.00").cryptoAmount("0.00024871").payable();
    assertThat(
            bitcoin.whyNotCredited(
                new ReportedAsset(null, null, null, new BigDecimal("0.0002488"))))
        .isEmpty();
    assertThat(
            bitcoin.whyNotCredited(
                new ReportedAsset(null, null, null, new BigDecimal("0.0002490"))))
        .isPresent();
  }

  @Test
  void hexContractsCompareInAnyCase() {
    Order order =
        OrderBuilder.anOrder()
            .price("10.00")
            .chain("ETH", "0xdAC17F958D2ee523a2206206994597C13D831ec7")
            .payable();
    assertThat(
            order.whyNotCredited(
                new ReportedAsset(
                    "USDT", "ETH", "0xdac17f958d2ee523a2206206994597c13d831ec7", null)))
        .isEmpty();
  }
}
