package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CCPayment API v2 on the money path (issue 21), on a Paydesk of its own whose new orders use v2
 * ({@code paydesk.ccpayment.api=v2}), against the sandbox's v2 face over real HTTP with real
 * HMAC-SHA256 signatures: what a shop sees is the v1 shop API, unchanged.
 */
class CcPaymentV2IT {

  static final int PORT = 8282;
  static final String USDT_TRX = "USDT.TRX";

  static PaydeskInstance instance;
  static PaydeskHttp paydesk;

  @BeforeAll
  static void startAPaydeskOnV2() {
    instance = PaydeskInstance.start(PORT, "-Dpaydesk.ccpayment.api=v2");
    paydesk = new PaydeskHttp(instance.url());
  }

  @AfterAll
  static void stop() {
    if (instance != null) {
      instance.close();
    }
  }

  @Test
  void theTokenListNamesEachTokenBySymbolAndChain() {
    HttpResponse<String> listed = paydesk.shopGet("api/v1/tokens");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonArray tokens = (JsonArray) PaydeskHttp.parse(listed.body());
    assertThat(tokens.getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("tokenId"))
        .contains("USDT.TRX", "USDT.ETH", "BTC.BTC", "XRP.XRP");
    JsonObject usdt =
        tokens.getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("tokenId").equals(USDT_TRX))
            .findFirst()
            .orElseThrow();
    assertThat(usdt.getString("crypto")).isEqualTo("USDT");
    assertThat(usdt.getString("network")).isEqualTo("TRC20");
  }

  @Test
  void aCheckoutIsMadeWithCreateAppOrderDepositAddressAndShowsWhatV2Answered() {
    JsonObject checkout = paydesk.checkout("12.50", USDT_TRX, 3600L);

    assertThat(checkout.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(checkout.getString("tokenId")).isEqualTo(USDT_TRX);
    assertThat(checkout.getString("payAddress")).startsWith("T");
    assertThat(checkout.getString("crypto")).isEqualTo("USDT");
    assertThat(checkout.getString("network")).isEqualTo("TRC20");
    assertThat(checkout.getString("ccpaymentApi")).isEqualTo("v2");
    assertThat(checkout.containsKey("ccpaymentOrderId"))
        .as("v2 names no order of its own")
        .isFalse();

    // the order is a v2 order at CCPayment: getAppOrderInfo knows it, with the same address and
    // amount
    JsonObject info =
        json(
            paydesk.sandboxV2Call(
                "getAppOrderInfo",
                "{\"orderId\":\"" + checkout.getString("merchantOrderId") + "\"}"));
    assertThat(info.getInt("code")).as(info.toString()).isEqualTo(10000);
    JsonObject order = info.getJsonObject("data");
    assertThat(order.getString("toAddress")).isEqualTo(checkout.getString("payAddress"));
    assertThat(new java.math.BigDecimal(order.getString("amountToPay")))
        .isEqualByComparingTo(checkout.getString("cryptoAmount"));
    assertThat(order.getString("fiatSymbol")).isEqualTo("USD");
    assertThat(
            order.getJsonNumber("expiredAt").longValue()
                - order.getJsonNumber("createAt").longValue())
        .isEqualTo(3600);
  }

  @Test
  void aPaymentV2ListsIsFoundByCheckingTheGatewayAndCountedOnce() {
    JsonObject checkout = paydesk.checkout("7.00", USDT_TRX, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"processingSeconds\":0}");

    String id = checkout.getString("id");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> checked = paydesk.shopPost("api/v1/checkouts/" + id + "/reconcile", "");
      assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    }

    JsonObject paid = paydesk.reload(checkout);
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getJsonArray("payments")).hasSize(1);
  }

  @Test
  void theSandboxRefusesWhatCcPaymentV2Refuses() {
    String orderId = "V2-" + UUID.randomUUID().toString().substring(0, 8);
    String create =
        "{\"orderId\":\""
            + orderId
            + "\",\"coinId\":1280,\"chain\":\"TRX\",\"price\":\"5\",\"fiatId\":1033}";
    assertThat(code(paydesk.sandboxV2Call("createAppOrderDepositAddress", create)))
        .isEqualTo(10000);
    assertThat(code(paydesk.sandboxV2Call("createAppOrderDepositAddress", create)))
        .as("a reused orderId")
        .isEqualTo(11011);

    String now = CcPaymentSignature.timestamp(Instant.now());
    String stale = CcPaymentSignature.timestamp(Instant.now().minusSeconds(600));
    assertThat(code(paydesk.sandboxV2Call("getCoinList", "", now, "not-the-secret")))
        .as("a wrong signature")
        .isEqualTo(11005);
    assertThat(
            code(paydesk.sandboxV2Call("getCoinList", "", stale, PaydeskHttp.SANDBOX_APP_SECRET)))
        .as("a stale timestamp")
        .isEqualTo(11006);
    assertThat(code(paydesk.sandboxV2Call("getCoinList", "")))
        .as("an empty body, signed as appId + timestamp (Go SDK)")
        .isEqualTo(10000);
    assertThat(code(paydesk.sandboxV2Call("getCoinList", "{}")))
        .as("{} signed as sent (Java and Python SDKs)")
        .isEqualTo(10000);

    assertThat(code(paydesk.sandboxV2Call("createAppOrderDepositAddress", createFor(9999, "TRX"))))
        .as("an unknown coin")
        .isEqualTo(13000);
    assertThat(code(paydesk.sandboxV2Call("createAppOrderDepositAddress", createFor(1280, "XRP"))))
        .as("a chain the coin is not on")
        .isEqualTo(13001);
    long tooLate = Instant.now().plusSeconds(11 * 86_400).getEpochSecond();
    String tooLong =
        "{\"orderId\":\"V2-late-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"coinId\":1280,\"chain\":\"TRX\",\"price\":\"5\",\"expiredAt\":"
            + tooLate
            + "}";
    assertThat(code(paydesk.sandboxV2Call("createAppOrderDepositAddress", tooLong)))
        .as("more than ten days")
        .isEqualTo(11012);
    String many =
        IntStream.range(0, 51).mapToObj(i -> "\"o-" + i + "\"").collect(Collectors.joining(","));
    assertThat(
            code(paydesk.sandboxV2Call("getAppDepositRecordList", "{\"orderIds\":[" + many + "]}")))
        .as("more than 50 order ids")
        .isEqualTo(11010);
    assertThat(code(paydesk.sandboxV2Call("getAppOrderInfo", "{\"orderId\":\"no-such-order\"}")))
        .isEqualTo(11003);
  }

  private static String createFor(long coinId, String chain) {
    return Json.createObjectBuilder()
        .add("orderId", "V2-" + UUID.randomUUID().toString().substring(0, 8))
        .add("coinId", coinId)
        .add("chain", chain)
        .add("price", "5")
        .build()
        .toString();
  }

  private static int code(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as("v2 answers business errors with HTTP 200").isEqualTo(200);
    JsonObject body = json(answer);
    if (body.getInt("code") != 10000) {
      assertThat(body.get("data")).isEqualTo(JsonValue.NULL);
    }
    return body.getInt("code");
  }
}
