package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.ccpayment.v2.CcPaymentV2Gateway;
import dev.paydesk.ccpayment.v2.wire.DepositRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored webhook read again (an orphan applied once its order exists): a v2 one is a hint, so its
 * record is read from CCPayment v2 again; a v1 one carries its payment.
 */
class DepositWebhookReaderTest {

  final List<String> asked = new ArrayList<>();
  final DepositWebhookReader reader =
      new DepositWebhookReader(
          new CcPaymentV2Gateway(null, Clock.systemUTC()) {
            @Override
            public DepositRecord depositRecord(String recordId) {
              asked.add(recordId);
              return V2DepositWebhookTest.record("Success", false);
            }
          });

  @Test
  void aStoredV2HintIsAppliedAsTheRecordItNamesReadsNow() {
    WebhookContent content = reader.read(V2DepositWebhookTest.BODY, V2DepositWebhookTest.NOW);

    assertThat(asked).containsExactly("20240312090316119190942031876096");
    assertThat(content)
        .isInstanceOfSatisfying(
            WebhookContent.PaymentReported.class,
            r -> {
              assertThat(r.report().amount()).isEqualByComparingTo("10.008552");
              assertThat(r.target().gatewayMerchantOrderId()).isEqualTo("order_20240312_001");
            });
  }

  @Test
  void aStoredV2WebhookAboutNoPaymentIsIgnoredWithoutAskingCcPayment() {
    WebhookContent content =
        reader.read("{\"type\":\"ActivateWebhookURL\",\"msg\":{}}", V2DepositWebhookTest.NOW);

    assertThat(content).isInstanceOf(WebhookContent.Ignored.class);
    assertThat(asked).isEmpty();
  }

  @Test
  void aStoredV1WebhookCarriesItsOwnPayment() {
    String v1 =
        "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\"r-1\","
            + "\"order_id\":\"gw-1\",\"paid_amount\":\"5\",\"crypto\":\"USDT\",\"chain\":\"TRX\","
            + "\"txid\":\"0xabc\",\"extend\":{\"merchant_order_id\":\"A-1\"}}";

    WebhookContent content = reader.read(v1, V2DepositWebhookTest.NOW);

    assertThat(asked).isEmpty();
    assertThat(content)
        .isInstanceOfSatisfying(
            WebhookContent.PaymentReported.class,
            r -> assertThat(r.report().amount()).isEqualByComparingTo("5"));
  }
}
