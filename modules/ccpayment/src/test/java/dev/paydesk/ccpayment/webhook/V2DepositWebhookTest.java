package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.ccpayment.v2.wire.DepositRecord;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** v2's webhook is a hint: what is applied is the record it names, as v2 keeps it. */
class V2DepositWebhookTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  /** The signed example body of the shared v2 notes (§3). */
  static final String BODY =
      "{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\"20240312090316119190942031876096\","
          + "\"orderId\":\"order_20240312_001\",\"coinId\":1280,\"coinSymbol\":\"USDT\","
          + "\"status\":\"Success\",\"isFlaggedAsRisky\":false}}";

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  static DepositRecord record(String status, Boolean risky) {
    return new DepositRecord(
        "20240312090316119190942031876096",
        "order_20240312_001",
        1280L,
        "USDT",
        "POLYGON",
        "0xc2132d05d31c914a87c6611c10748aeb04b58e8f",
        "0x9abddce1ee18d1857c0653eb4a3fa9d9e0dcd584",
        "",
        "10.008552",
        "0.05",
        "0xEF4ABF7175CEFBE2F06002A959892E4B407BEF02175980EAA9BB1967FCBA1B22",
        status,
        1_710_234_197L,
        risky);
  }

  @Test
  void theRecordsAmountTxidAndAssetAreWhatIsReported() {
    V2DepositWebhook webhook = V2DepositWebhook.of(json(BODY));
    assertThat(webhook.isDeposit()).isTrue();
    assertThat(webhook.target().gatewayMerchantOrderId()).isEqualTo("order_20240312_001");

    WebhookContent content = webhook.content(record("Success", false), NOW);

    assertThat(content).isInstanceOf(WebhookContent.PaymentReported.class);
    WebhookContent.PaymentReported reported = (WebhookContent.PaymentReported) content;
    assertThat(reported.report().status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(reported.report().amount()).isEqualByComparingTo("10.008552");
    assertThat(reported.report().txid())
        .as("hex txids are kept in lower case")
        .startsWith("0xef4a");
    assertThat(reported.report().recordId()).isEqualTo("20240312090316119190942031876096");
    assertThat(reported.report().occurredAt()).isEqualTo(Instant.ofEpochSecond(1_710_234_197L));
    assertThat(reported.report().source()).isEqualTo(EventSource.WEBHOOK);
    assertThat(reported.asset().chain()).isEqualTo("POLYGON");
    assertThat(reported.asset().crypto()).isEqualTo("USDT");
  }

  @Test
  void aRiskySuccessIsHeldWhicheverSideFlagsIt() {
    assertThat(V2DepositWebhook.of(json(BODY)).content(record("Success", true), NOW))
        .isInstanceOf(WebhookContent.HeldAsRisky.class);
    String flaggedHint = BODY.replace("\"isFlaggedAsRisky\":false", "\"isFlaggedAsRisky\":true");
    assertThat(V2DepositWebhook.of(json(flaggedHint)).content(record("Success", null), NOW))
        .isInstanceOf(WebhookContent.HeldAsRisky.class);
    assertThat(V2DepositWebhook.of(json(BODY)).content(record("Processing", true), NOW))
        .as("nothing to hold before it succeeds")
        .isInstanceOf(WebhookContent.PaymentReported.class);
  }

  @Test
  void aRecordThatIsNotTheOneNamedOrUnreadableIsNotApplied() {
    V2DepositWebhook webhook = V2DepositWebhook.of(json(BODY));
    DepositRecord other =
        new DepositRecord(
            "20240312090316119190942031876096",
            "another-order",
            1280L,
            "USDT",
            "POLYGON",
            null,
            null,
            null,
            "10",
            null,
            "0xabc",
            "Success",
            null,
            false);
    assertThat(webhook.content(other, NOW)).isInstanceOf(WebhookContent.Ignored.class);
    assertThat(webhook.content(record("Refunded", false), NOW))
        .isInstanceOf(WebhookContent.Ignored.class);
    DepositRecord noAmount =
        new DepositRecord(
            "20240312090316119190942031876096",
            "order_20240312_001",
            1280L,
            "USDT",
            "POLYGON",
            null,
            null,
            null,
            "",
            null,
            "0xabc",
            "Success",
            null,
            false);
    assertThat(webhook.content(noAmount, NOW))
        .as("a success without an amount cannot be credited")
        .isInstanceOf(WebhookContent.Ignored.class);
  }

  @Test
  void otherTypesAndJunkAreNotDeposits() {
    assertThat(
            V2DepositWebhook.of(json("{\"type\":\"ActivateWebhookURL\",\"msg\":{}}")).isDeposit())
        .isFalse();
    assertThat(
            V2DepositWebhook.of(
                    json(
                        "{\"type\":\"ApiWithdrawal\",\"msg\":{\"recordId\":\"1\",\"status\":\"Success\"}}"))
                .isDeposit())
        .isFalse();
    assertThat(V2DepositWebhook.of(json("{\"type\":\"ApiDeposit\",\"msg\":\"x\"}")).isDeposit())
        .isFalse();
    assertThat(V2DepositWebhook.of(json("{}")).isDeposit()).isFalse();
  }

  @Test
  void eachUrlTellsTheVersionsApartByTheBodysShape() {
    byte[] v2 = BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] v1 =
        "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\"1\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] neither = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(CcPaymentWebhookResource.isV2(v2, false)).isTrue();
    assertThat(CcPaymentWebhookResource.isV2(v1, true)).isFalse();
    assertThat(CcPaymentWebhookResource.isV2(neither, true)).isTrue();
    assertThat(CcPaymentWebhookResource.isV2(neither, false)).isFalse();
    assertThat(CcPaymentWebhookResource.isV2(null, true)).as("too large to read").isTrue();
  }

  @Test
  void theV2SignatureGuardsTheV2Receiver() {
    WebhookVerifier v2 =
        new WebhookVerifier(
            "test_app_id_0001",
            "test_app_secret_0001",
            java.time.Duration.ofMinutes(5),
            java.time.Duration.ofMinutes(1),
            65536,
            WebhookVerifier.V2);
    byte[] body =
        ("{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\"20240312090316119190942031876096\","
                + "\"orderId\":\"order_20240312_001\",\"coinId\":1280,\"coinSymbol\":\"USDT\","
                + "\"status\":\"Success\",\"isFlaggedAsRisky\":false}}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Instant at = Instant.ofEpochSecond(1_710_234_197L);
    // the worked example of the shared v2 notes (§3)
    String sign = "5e97e3990d28e0f2b9b6a24f4bd12c6259dd4f5480af718d57993e1d4b77f8f7";
    assertThat(
            v2.verify(
                new WebhookVerifier.Delivery("test_app_id_0001", "1710234197", sign, body), at))
        .isInstanceOf(WebhookVerifier.Verified.class);
    WebhookVerifier v1 =
        new WebhookVerifier(
            "test_app_id_0001",
            "test_app_secret_0001",
            java.time.Duration.ofMinutes(5),
            java.time.Duration.ofMinutes(1),
            65536);
    assertThat(
            v1.verify(
                new WebhookVerifier.Delivery("test_app_id_0001", "1710234197", sign, body), at))
        .as("a v2 signature is not a v1 one")
        .isInstanceOf(WebhookVerifier.Rejected.class);
  }
}
