package dev.paydesk.application.payment;

import static dev.paydesk.domain.order.OrderBuilder.T0;
import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.fake.MoneyPath;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a verified webhook does to an order that cannot take it as it stands (issue 19). */
class PaymentServiceTest {

  final MoneyPath path = new MoneyPath();

  static ReceivedWebhook raw(String recordId, String merchantOrderId) {
    return ReceivedWebhook.verified(
        T0, "127.0.0.1", "Sign: x", "{}", 2, recordId, "success", merchantOrderId);
  }

  static PaymentReport success(String recordId, String amount) {
    return new PaymentReport(
        recordId,
        "0x" + recordId.replace("-", ""),
        PaymentStatus.SUCCESS,
        new BigDecimal(amount),
        T0,
        EventSource.WEBHOOK);
  }

  Outcome notify(Order order, PaymentReport report, ReportedAsset asset) {
    ReceivedWebhook raw = raw(report.recordId(), order.attempt().gatewayMerchantOrderId());
    Outcome outcome =
        path.payments.applyWebhook(
            raw,
            new WebhookContent.PaymentReported(
                new WebhookTarget(order.attempt().gatewayMerchantOrderId(), null), report, asset));
    assertThat(raw.outcome()).isEqualTo(outcome);
    return outcome;
  }

  @Test
  void aPaymentForAnOrderStillBeingCreatedIsKeptAsAnOrphan() {
    Order creating = anOrder().creating();
    path.orders.add(creating);

    ReceivedWebhook raw = raw("r-1", creating.attempt().gatewayMerchantOrderId());
    Outcome outcome =
        path.payments.applyWebhook(
            raw,
            new WebhookContent.PaymentReported(
                new WebhookTarget(creating.attempt().gatewayMerchantOrderId(), null),
                success("r-1", "49.90")));

    assertThat(outcome).isEqualTo(Outcome.ORPHAN);
    assertThat(raw.reason()).get().asString().contains("CREATING");
    assertThat(creating.payments()).isEmpty();
  }

  @Test
  void aPaymentCcPaymentFlagsRiskyIsNotCreditedAndPutsTheOrderBeforeAPersonOnce() {
    Order order = anOrder().price("40.00").payable();
    path.orders.add(order);
    WebhookContent.HeldAsRisky risky =
        new WebhookContent.HeldAsRisky(
            new WebhookTarget(order.attempt().gatewayMerchantOrderId(), null),
            success("r-risky", "40"),
            new ReportedAsset("USDT", "TRX", null, null));

    Outcome first = path.payments.applyWebhook(raw("r-risky", "x"), risky);
    Outcome again = path.payments.applyWebhook(raw("r-risky", "x"), risky);

    assertThat(first).isEqualTo(Outcome.APPLIED);
    assertThat(again).as("CCPayment's retry flags nothing twice").isEqualTo(Outcome.DUPLICATE);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(order.payments()).isEmpty();
    assertThat(order.review())
        .get()
        .satisfies(f -> assertThat(f.reason()).contains("record r-risky ", "risky", "40 USDT"));
    assertThat(path.statusChanged.fired()).as("the shop hears nothing").isEmpty();
  }

  @Test
  void aWebhookAboutNoOrderAtAllIsIgnoredNotOrphaned() {
    ReceivedWebhook raw = raw(null, null);

    Outcome outcome =
        path.payments.applyWebhook(
            raw,
            new WebhookContent.Ignored(
                new WebhookTarget(null, null), "type ActivateWebhookURL is not a payment"));

    assertThat(outcome).isEqualTo(Outcome.IGNORED);
  }

  @Test
  void aReportOfAnotherCryptoIsNotCreditedButKept() {
    Order order = anOrder().price("40.00").payable();
    path.orders.add(order);

    Outcome outcome =
        notify(order, success("r-trx", "40"), new ReportedAsset("TRX", "TRX", "TRX", null));

    assertThat(outcome).isEqualTo(Outcome.ORPHAN);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(order.amountPaid()).isZero();
    assertThat(
            notify(
                order,
                success("r-usdt", "40"),
                new ReportedAsset("USDT", "TRX", null, new BigDecimal("40.00"))))
        .isEqualTo(Outcome.APPLIED);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aLatePartPaymentTellsTheShopItIsNotPaid() {
    Order order = anOrder().price("100.00").validFor(Duration.ofHours(1)).payable();
    order.expire(T0.plus(Duration.ofHours(2)), Duration.ZERO, EventSource.TIMER);
    path.orders.add(order);

    notify(order, success("r-dust", "0.01"), ReportedAsset.UNKNOWN);

    assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(path.latePayments.fired())
        .singleElement()
        .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("0.01"));
    assertThat(path.orders.countToReview()).isEqualTo(1);
  }
}
