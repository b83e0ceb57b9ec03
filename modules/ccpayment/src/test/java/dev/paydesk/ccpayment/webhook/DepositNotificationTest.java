package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepositNotificationTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static DepositNotification parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      return DepositNotification.of(object);
    }
  }

  @Test
  void readsCcpaymentsDocumentedExampleWithUnknownFields() {
    DepositNotification n =
        parse(
            """
        {"pay_status":"success","order_type":"API Deposit","record_id":"20230704032233",
         "order_id":"202307040322331676007024154185728","product_price":"0.5","denominated_currency":"USD",
         "order_amount":"0.5","fiat_rate":"1","paid_amount":"0.500000000000000001","token_rate":"1",
         "chain":"BSC","contract":"0x55d398326f99059ff775485246999027b3197955","crypto":"USDT",
         "txid":"0xa1b2","extend":{"merchant_order_id":"A-1001","invoice_id":""},"something_new":{"x":1}}""");
    assertThat(n.notActionable()).isEmpty();
    assertThat(n.target().gatewayMerchantOrderId()).isEqualTo("A-1001");
    assertThat(n.target().gatewayOrderId()).isEqualTo("202307040322331676007024154185728");
    PaymentReport report = n.report(NOW);
    assertThat(report.status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(report.amount()).isEqualTo(new BigDecimal("0.500000000000000001"));
    assertThat(report.transactionKey()).isEqualTo("tx:0xa1b2");
    assertThat(report.recordId()).isEqualTo("20230704032233");
  }

  @Test
  void understandsNumbersOlderFieldNamesAndATopLevelMerchantOrderId() {
    DepositNotification n =
        parse(
            """
        {"pay_status":"Success","order_type":"Api","record_id":123,"origin_amount":2.50,
         "txid":"internal transfer","merchant_order_id":"B-7"}""");
    assertThat(n.target().gatewayMerchantOrderId()).isEqualTo("B-7");
    PaymentReport report = n.report(NOW);
    assertThat(report.amount()).isEqualByComparingTo("2.50");
    assertThat(report.transactionKey()).isEqualTo("record:123");
  }

  @Test
  void otherOrderTypesAndUnknownStatusesAreNotActedOn() {
    assertThat(
            parse("{\"pay_status\":\"success\",\"order_type\":\"Refund\",\"record_id\":\"1\"}")
                .notActionable())
        .hasValueSatisfying(reason -> assertThat(reason).contains("Refund"));
    assertThat(parse("{\"pay_status\":\"weird\",\"record_id\":\"1\"}").notActionable())
        .hasValueSatisfying(reason -> assertThat(reason).contains("weird"));
  }

  @Test
  void aSuccessWithoutAmountOrAPaymentWithoutAnyIdIsRefused() {
    assertThatThrownBy(
            () ->
                parse("{\"pay_status\":\"success\",\"record_id\":\"1\",\"txid\":\"0x1\"}")
                    .report(NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parse("{\"pay_status\":\"processing\"}").report(NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                parse("{\"pay_status\":\"success\",\"record_id\":\"1\",\"paid_amount\":\"ten\"}")
                    .report(NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
