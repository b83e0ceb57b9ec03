package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.application.payment.WebhookContent.Ignored;
import dev.paydesk.application.payment.WebhookContent.PaymentReported;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.ReportedAsset;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepositWebhookTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static WebhookContent read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return DepositWebhook.of(reader.readObject()).read(NOW);
    }
  }

  static PaymentReport reportOf(String json) {
    WebhookContent content = read(json);
    assertThat(content).isInstanceOf(PaymentReported.class);
    return ((PaymentReported) content).report();
  }

  static String ignoredBecause(String json) {
    WebhookContent content = read(json);
    assertThat(content).isInstanceOf(Ignored.class);
    return ((Ignored) content).because();
  }

  @Test
  void readsCcpaymentsDocumentedExampleWithUnknownFields() {
    WebhookContent content =
        read(
            """
        {"pay_status":"success","order_type":"API Deposit","record_id":"20230704032233",
         "order_id":"202307040322331676007024154185728","product_price":"0.5","denominated_currency":"USD",
         "order_amount":"0.5","fiat_rate":"1","paid_amount":"0.500000000000000001","token_rate":"1",
         "chain":"BSC","contract":"0x55d398326f99059ff775485246999027b3197955","crypto":"USDT",
         "txid":"0xa1b2","extend":{"merchant_order_id":"A-1001","invoice_id":""},"something_new":{"x":1}}""");

    assertThat(content.target().gatewayMerchantOrderId()).isEqualTo("A-1001");
    assertThat(content.target().gatewayOrderId()).isEqualTo("202307040322331676007024154185728");
    PaymentReport report = ((PaymentReported) content).report();
    assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(report.amount()).isEqualTo(new BigDecimal("0.500000000000000001"));
    assertThat(report.transactionKey()).isEqualTo("record:20230704032233");
    assertThat(report.txid()).isEqualTo("0xa1b2");
    assertThat(report.recordId()).isEqualTo("20230704032233");
    assertThat(((PaymentReported) content).asset())
        .isEqualTo(
            new ReportedAsset(
                "USDT",
                "BSC",
                "0x55d398326f99059ff775485246999027b3197955",
                new BigDecimal("0.5")));
  }

  @Test
  void understandsNumbersOlderFieldNamesAndATopLevelMerchantOrderId() {
    String json =
        """
        {"pay_status":"Success","order_type":"Api","record_id":123,"origin_amount":2.50,
         "txid":"internal transfer","merchant_order_id":"B-7"}""";

    assertThat(read(json).target().gatewayMerchantOrderId()).isEqualTo("B-7");
    PaymentReport report = reportOf(json);
    assertThat(report.amount()).isEqualByComparingTo("2.50");
    assertThat(report.transactionKey()).isEqualTo("record:123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "PROCESSING", " success ", "Successful", "failed", "fail"})
  void understandsEveryPayStatusWordInAnyCase(String word) {
    assertThat(
            reportOf(
                    "{\"pay_status\":\""
                        + word
                        + "\",\"record_id\":\"1\",\"txid\":\"0x1\",\"paid_amount\":\"1\"}")
                .status())
        .isNotNull();
  }

  @Test
  void anotherOrderTypeIsIgnoredSayingWhich() {
    assertThat(
            ignoredBecause(
                "{\"pay_status\":\"success\",\"order_type\":\"Refund\",\"record_id\":\"1\"}"))
        .contains("Refund");
  }

  @Test
  void anUnknownPayStatusIsIgnoredSayingWhich() {
    assertThat(ignoredBecause("{\"pay_status\":\"weird\",\"record_id\":\"1\"}")).contains("weird");
  }

  @Test
  void aSuccessWithoutAmountIsIgnored() {
    assertThat(ignoredBecause("{\"pay_status\":\"success\",\"record_id\":\"1\",\"txid\":\"0x1\"}"))
        .contains("positive amount");
  }

  @Test
  void aPaymentWithoutRecordIdOrTxidIsIgnored() {
    assertThat(ignoredBecause("{\"pay_status\":\"processing\"}")).contains("record id");
  }

  @Test
  void anAmountThatIsNoNumberIsIgnored() {
    assertThat(
            ignoredBecause(
                "{\"pay_status\":\"success\",\"record_id\":\"1\",\"paid_amount\":\"ten\"}"))
        .contains("paid_amount");
  }
}
