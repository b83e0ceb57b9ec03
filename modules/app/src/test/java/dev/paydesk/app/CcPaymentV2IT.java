package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
  void aShopStillNamingV1TokenIdsKeepsWorkingOnV2() {
    JsonObject checkout = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);

    assertThat(checkout.getString("ccpaymentApi")).isEqualTo("v2");
    assertThat(checkout.getString("tokenId"))
        .as("as the shop wrote it")
        .isEqualTo(PaydeskHttp.USDT_TRC20);
    assertThat(checkout.getString("network")).isEqualTo("TRC20");
    JsonObject info =
        json(
            paydesk.sandboxV2Call(
                "getAppOrderInfo",
                "{\"orderId\":\"" + checkout.getString("merchantOrderId") + "\"}"));
    assertThat(info.getJsonObject("data").getString("chain")).isEqualTo("TRX");
    assertThat(info.getJsonObject("data").getString("coinSymbol")).isEqualTo("USDT");
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
  void aV2WebhookIsAHintTheRecordItNamesPaysTheCheckoutOnce() {
    JsonObject checkout = paydesk.checkout("9.00", USDT_TRX, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"duplicates\":3}");

    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    assertThat(paid.getJsonArray("payments")).hasSize(1);
    JsonObject payment = paid.getJsonArray("payments").getJsonObject(0);
    assertThat(new BigDecimal(payment.getString("amount")))
        .as("the amount comes from getAppDepositRecord; the webhook has none")
        .isEqualByComparingTo("9");
    assertThat(timelineKinds(checkout)).containsOnlyOnce("PAYMENT_CONFIRMED");
    // the first delivery applied it; its three copies only counted as repeats of it
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                webhooks(checkout, null).size() == 1
                    && webhooks(checkout, null).get(0).getInt("repeats") == 3);
    assertThat(webhooks(checkout, null).get(0).getString("outcome")).isEqualTo("APPLIED");
  }

  @Test
  void partsAddUpAndWhatArrivesOutOfOrderCountsOnce() {
    JsonObject checkout = paydesk.checkout("10.00", USDT_TRX, null);
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"4\",\"outOfOrder\":true}");
    paydesk.awaitStatus(checkout, "UNDERPAID");

    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"7\",\"duplicates\":1}");

    JsonObject over = paydesk.awaitStatus(checkout, "OVERPAID");
    assertThat(new BigDecimal(over.getString("amountPaid"))).isEqualByComparingTo("11");
    assertThat(over.getJsonArray("payments")).hasSize(2);
  }

  @Test
  void aPaymentCcPaymentFlagsRiskyIsNotCreditedAndAwaitsAPerson() {
    JsonObject checkout = paydesk.checkout("6.00", USDT_TRX, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"risky\":true,\"duplicates\":1}");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> timelineKinds(checkout).contains("REVIEW_FLAGGED"));
    JsonObject held = paydesk.reload(checkout);
    assertThat(held.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(held.getJsonArray("payments")).isEmpty();
    assertThat(timelineKinds(checkout)).containsOnlyOnce("REVIEW_FLAGGED");
    assertThat(
            timeline(checkout).stream().filter(e -> e.getString("kind").equals("REVIEW_FLAGGED")))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("detail")).contains("risky", "not credited"));

    // check now does not credit it either: v2's record list marks it risky
    paydesk.shopPost("api/v1/checkouts/" + checkout.getString("id") + "/reconcile", "");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void aWebhookWhoseRecordCannotBeReadIsNotAcknowledgedAndCcPaymentsRetryApplies() {
    // three: Paydesk's client reads a record up to three times before it gives up
    HttpResponse<String> armed =
        paydesk.control(
            "POST",
            "faults",
            "{\"kind\":\"HTTP_500\",\"count\":3,\"endpoint\":\"v2/getAppDepositRecord\"}");
    assertThat(armed.statusCode()).isEqualTo(204);
    JsonObject checkout = paydesk.checkout("8.00", USDT_TRX, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");

    paydesk.awaitStatus(checkout, "PAID");
    assertThat(webhooks(checkout, "IGNORED"))
        .singleElement()
        .satisfies(w -> assertThat(w.getString("reason")).contains("could not be read"));
    assertThat(webhooks(checkout, "APPLIED")).hasSize(1);
  }

  @Test
  void aV2WebhookSentToTheV1UrlIsTakenTooForOneDashboardUrlMayServeBoth() {
    JsonObject checkout = paydesk.checkout("2.00", USDT_TRX, null);
    String recordId =
        paydesk
            .pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}")
            .getJsonObject(0)
            .getString("recordId");
    String body =
        "{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\""
            + recordId
            + "\",\"orderId\":\""
            + checkout.getString("merchantOrderId")
            + "\",\"coinId\":1280,\"coinSymbol\":\"USDT\",\"status\":\"Success\","
            + "\"isFlaggedAsRisky\":false}}";
    String now = CcPaymentSignature.timestamp(Instant.now());
    String sign =
        CcPaymentV2Signature.sign(
            PaydeskHttp.SANDBOX_APP_ID,
            PaydeskHttp.SANDBOX_APP_SECRET,
            now,
            body.getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> taken =
        paydesk.post(
            paydesk.uri("webhooks/ccpayment"),
            "application/json",
            body,
            "Appid",
            PaydeskHttp.SANDBOX_APP_ID,
            "Timestamp",
            now,
            "Sign",
            sign);

    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(taken.body()).isEqualTo("Success");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("PAID");
  }

  @Test
  void aV2WebhookSignedWithAnotherSecretIsRefusedAndChangesNothing() {
    JsonObject checkout = paydesk.checkout("5.00", USDT_TRX, null);
    String body =
        "{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\"20240312090316119190942031876096\","
            + "\"orderId\":\""
            + checkout.getString("merchantOrderId")
            + "\",\"coinId\":1280,\"coinSymbol\":\"USDT\",\"status\":\"Success\","
            + "\"isFlaggedAsRisky\":false}}";
    String now = CcPaymentSignature.timestamp(Instant.now());
    for (String[] forged :
        new String[][] {
          {PaydeskHttp.SANDBOX_APP_ID, now, "not-the-secret"},
          {"another-app", now, PaydeskHttp.SANDBOX_APP_SECRET},
          {
            PaydeskHttp.SANDBOX_APP_ID,
            CcPaymentSignature.timestamp(Instant.now().minusSeconds(900)),
            PaydeskHttp.SANDBOX_APP_SECRET
          }
        }) {
      HttpResponse<String> refused = v2Webhook(body, forged[0], forged[1], forged[2]);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }
    HttpResponse<String> junk =
        v2Webhook("{not json", PaydeskHttp.SANDBOX_APP_ID, now, PaydeskHttp.SANDBOX_APP_SECRET);
    assertThat(junk.statusCode()).isEqualTo(400);
    HttpResponse<String> activate =
        v2Webhook(
            "{\"type\":\"ActivateWebhookURL\",\"msg\":{}}",
            PaydeskHttp.SANDBOX_APP_ID,
            now,
            PaydeskHttp.SANDBOX_APP_SECRET);
    assertThat(activate.statusCode()).isEqualTo(200);
    assertThat(activate.body()).isEqualTo("Success");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
  }

  private static HttpResponse<String> v2Webhook(
      String body, String appId, String timestamp, String secret) {
    return paydesk.webhookV2(body, appId, timestamp, secret);
  }

  private static List<JsonObject> webhooks(JsonObject checkout, String outcome) {
    HttpResponse<String> listed =
        paydesk.shopGet(
            "api/v1/webhooks?size=100&q="
                + checkout.getString("merchantOrderId")
                + (outcome == null ? "" : "&outcome=" + outcome));
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return json(listed).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> timeline(JsonObject checkout) {
    HttpResponse<String> response =
        paydesk.shopGet("api/v1/checkouts/" + checkout.getString("id") + "/timeline");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ((JsonArray) PaydeskHttp.parse(response.body())).getValuesAs(JsonObject.class);
  }

  private static List<String> timelineKinds(JsonObject checkout) {
    return timeline(checkout).stream().map(e -> e.getString("kind")).toList();
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

    long start = Instant.now().minusSeconds(7200).getEpochSecond();
    assertThat(
            code(
                paydesk.sandboxV2Call(
                    "webhook/resend",
                    "{\"startTimestamp\":" + start + ",\"endTimestamp\":" + (start + 3601) + "}")))
        .as("a resend window over an hour")
        .isEqualTo(11008);
    String records =
        IntStream.range(0, 51).mapToObj(i -> "\"r-" + i + "\"").collect(Collectors.joining(","));
    assertThat(
            code(
                paydesk.sandboxV2Call(
                    "webhook/resend",
                    "{\"startTimestamp\":" + start + ",\"recordIds\":[" + records + "]}")))
        .as("more than 50 record ids to resend")
        .isEqualTo(11010);
    assertThat(
            code(
                paydesk.sandboxV2Call(
                    "rescanLostTransaction",
                    "{\"chain\":\"NOPE\",\"toAddress\":\"T1\",\"txId\":\"0xabcdef12\"}")))
        .as("a rescan on an unknown chain")
        .isEqualTo(13001);
    JsonObject notFound =
        json(
            paydesk.sandboxV2Call(
                "rescanLostTransaction",
                "{\"chain\":\"TRX\",\"toAddress\":\"T1\",\"txId\":\"0xabcdef12\"}"));
    assertThat(notFound.getInt("code")).isEqualTo(10000);
    assertThat(notFound.getJsonObject("data").getString("description"))
        .as("a rescan that finds nothing says so, for the buyer")
        .contains("No transaction");
  }

  @Test
  void aPaymentTheScanMissedIsFoundWhenTheBuyerGivesItsTxidOnThePayPage() {
    JsonObject checkout = paydesk.checkout("8.00", USDT_TRX, null);
    String id = checkout.getString("id");
    String txid =
        paydesk
            .pay(checkout, "{\"kind\":\"FULL\",\"lost\":true}")
            .getJsonObject(0)
            .getString("txid");

    // CCPayment's scan missed it: no webhook, and no record for check now to find
    paydesk.shopPost("api/v1/checkouts/" + id + "/reconcile", "");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(paydesk.get(paydesk.uri("pay/" + id)).body())
        .as("the pay page offers the buyer the rescan")
        .contains("id=\"rescan-txid\"");

    HttpResponse<String> junk = rescanOnPayPage(id, "txid=not%20a%20tx");
    assertThat(junk.statusCode()).isEqualTo(400);
    assertThat(junk.body()).contains("That is not a transaction id");

    HttpResponse<String> asked = rescanOnPayPage(id, "txid=" + txid);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertThat(asked.body()).contains("id=\"rescan-answer\"", "was found");

    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    assertThat(paid.getJsonArray("payments")).hasSize(1);
    assertThat(timeline(checkout))
        .filteredOn(e -> e.getString("source").equals("BUYER"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("kind")).isEqualTo("CHECKED_AT_GATEWAY");
              assertThat(e.getString("detail")).contains(txid, "was found");
            });

    // asked again once paid (a buyer who did not see the page change): nothing left to look for
    HttpResponse<String> again = rescanOnPayPage(id, "txid=" + txid);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).doesNotContain("id=\"rescan-txid\"");
    assertThat(paydesk.reload(checkout).getJsonArray("payments")).hasSize(1);
  }

  @Test
  void theBuyerMayAskForARescanThreeTimesInTenMinutes() {
    JsonObject checkout = paydesk.checkout("4.00", USDT_TRX, null);
    String id = checkout.getString("id");
    for (int i = 0; i < 3; i++) {
      assertThat(rescanOnPayPage(id, "txid=0xfeedfacefeedface" + i).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> fourth = rescanOnPayPage(id, "txid=0xfeedfacefeedface3");
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.body()).contains("wait a few minutes");
    assertThat(timeline(checkout))
        .filteredOn(e -> e.getString("kind").equals("CHECKED_AT_GATEWAY"))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getString("detail")).contains("No transaction"));
  }

  /**
   * What v2 asks of a person, in a real browser: a payment flagged risky credited from the order
   * page, a payment the scan missed found by the buyer on the pay page and by the merchant in the
   * console, and an hour of webhooks CCPayment failed to deliver sent again from the webhook log.
   */
  @Test
  void theMerchantDecidesRiskyPaymentsRescansAndAsksForAResendInTheConsole() {
    try (ConsoleBrowser browser = ConsoleBrowser.start(instance.url())) {
      browser.signedInAs("admin", "it-admin-password");

      // risky: held, shown with CCPayment's record, credited by a click
      JsonObject risky = paydesk.checkout("6.50", USDT_TRX, null);
      paydesk.pay(risky, "{\"kind\":\"FULL\",\"risky\":true}");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> timelineKinds(risky).contains("REVIEW_FLAGGED"));
      browser.open("console/order.xhtml?id=" + risky.getString("id"));
      browser.waitForText(By.id("risky"), "flagged them as risky");
      assertThat(browser.text(By.id("status"))).isEqualTo("Awaiting payment");
      browser.screenshot("v2-order-risky");
      browser.submit(By.cssSelector(".pd-risky-accept"));
      browser.waitForText(By.id("messages"), "credited to this order");
      assertThat(browser.text(By.id("status"))).isEqualTo("Paid");
      assertThat(browser.text(By.id("risky"))).contains("Credited");
      assertThat(browser.isPresent(By.id("review"))).as("the review is done").isFalse();
      browser.screenshot("v2-order-risky-credited");
      assertThat(paydesk.reload(risky).getJsonArray("payments")).hasSize(1);

      // lost, the buyer's way: the pay page's "already paid?"
      JsonObject buyers = paydesk.checkout("5.25", USDT_TRX, null);
      String buyersTx =
          paydesk
              .pay(buyers, "{\"kind\":\"FULL\",\"lost\":true}")
              .getJsonObject(0)
              .getString("txid");
      browser.open("pay/" + buyers.getString("id"));
      browser.click(By.id("rescan-title"));
      browser.type(By.id("rescan-txid"), buyersTx);
      browser.submit(By.id("rescan-ask"));
      try {
        browser.waitForText(By.id("rescan-answer"), "was found");
      } catch (org.openqa.selenium.TimeoutException e) {
        browser.screenshot("v2-pay-rescan-failed");
        throw new AssertionError(
            "no answer on the page: " + browser.driver.findElement(By.tagName("body")).getText(),
            e);
      }
      browser.screenshot("v2-pay-rescan");
      paydesk.awaitStatus(buyers, "PAID");
      // the page follows the checkout from the address the answer came at
      browser.waitFor(By.cssSelector("#checkout[data-screen='paid']"));
      browser.screenshot("v2-pay-rescan-paid");

      // lost, the merchant's way: the order page's rescan
      JsonObject merchants = paydesk.checkout("5.75", USDT_TRX, null);
      String merchantsTx =
          paydesk
              .pay(merchants, "{\"kind\":\"FULL\",\"lost\":true}")
              .getJsonObject(0)
              .getString("txid");
      browser.signedInAs("admin", "it-admin-password");
      browser.open("console/order.xhtml?id=" + merchants.getString("id"));
      browser.type(By.id("rescan:txid"), merchantsTx);
      browser.submit(By.id("rescan:ask"));
      browser.waitForText(By.id("messages"), "was found");
      paydesk.awaitStatus(merchants, "PAID");
      assertThat(timeline(merchants))
          .filteredOn(e -> e.getString("kind").equals("CHECKED_AT_GATEWAY"))
          .singleElement()
          .satisfies(e -> assertThat(e.getString("source")).isEqualTo("MERCHANT"));

      // a webhook CCPayment failed to deliver, sent again on the merchant's word
      JsonObject undelivered = paydesk.checkout("3.75", USDT_TRX, null);
      paydesk.pay(undelivered, "{\"kind\":\"FULL\",\"dropFinal\":true}");
      assertThat(paydesk.reload(undelivered).getString("status")).isEqualTo("AWAITING_PAYMENT");
      browser.open("console/webhooks.xhtml");
      browser.type(
          By.id("resend:from"),
          java.time.LocalDateTime.ofInstant(
                  Instant.now().minusSeconds(1800), java.time.ZoneOffset.UTC)
              .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
              .toString()
              .replace('T', ' '));
      browser.submit(By.id("resend:ask"));
      browser.waitForText(By.id("messages"), "CCPayment will resend");
      browser.screenshot("v2-webhooks-resend");
      paydesk.awaitStatus(undelivered, "PAID");
      assertThat(paydesk.reload(undelivered).getJsonArray("payments")).hasSize(1);
    }
  }

  private HttpResponse<String> rescanOnPayPage(String checkoutId, String form) {
    return paydesk.post(
        paydesk.uri("pay/" + checkoutId + "/rescan"), "application/x-www-form-urlencoded", form);
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
