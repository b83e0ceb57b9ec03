package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The money path on Payara Micro with the built WAR and H2: the sandbox's simulated buyers pay, its
 * signed webhooks (with retries) reach Paydesk over HTTP, and the timers' work is run on demand.
 */
class PaymentIT extends ShopReceivingTest {

  static final String USDT = PaydeskHttp.USDT_TRC20;

  @Test
  void thePaidCheckoutIsToldToTheShopOnceAndSigned() {
    JsonObject checkout = paydesk.checkout("3.10", USDT, null);
    String id = checkout.getString("id");

    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");

    await().atMost(Duration.ofSeconds(20)).until(() -> !shop.accepted(id).isEmpty());
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(() -> shop.of(id).size() == 1);
    assertThat(shop.of(id))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo("checkout.paid");
              assertThat(d.signed()).as("signature verifies with the shared secret").isTrue();
              assertThat(d.eventId()).startsWith("evt_");
              assertThat(withoutLinks(d.checkout()))
                  .as("the checkout as the API shows it")
                  .isEqualTo(withoutLinks(paydesk.reload(checkout)));
              assertThat(d.checkout().getString("statusUrl"))
                  .as("links in events come from paydesk.public-url, not a request's host")
                  .isEqualTo("http://localhost:8080/paydesk/api/v1/checkouts/" + id);
            });
  }

  @Test
  void theShopSeesACheckoutsEventsAndCanHaveOneSentAgain() {
    JsonObject checkout = paydesk.checkout("3.30", USDT, null);
    String id = checkout.getString("id");
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    await().atMost(Duration.ofSeconds(20)).until(() -> shop.accepted(id).size() == 1);
    String eventId = shop.of(id).get(0).eventId();

    // the shop has it before Paydesk has recorded its answer (that commit follows the answer)
    JsonObject sent =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    ((JsonArray)
                            PaydeskHttp.parse(
                                paydesk.shopGet("api/v1/checkouts/" + id + "/shop-events").body()))
                        .getJsonObject(0),
                e -> "DELIVERED".equals(e.getString("status")));
    assertThat(sent.getString("eventId")).isEqualTo(eventId);
    // the former names of these paths are gone (renamed before any shop depended on them)
    assertThat(paydesk.shopGet("api/v1/checkouts/" + id + "/notifications").statusCode())
        .isEqualTo(404);
    assertThat(paydesk.shopGet("api/v1/notifications").statusCode()).isEqualTo(404);
    assertThat(sent.getInt("lastStatus")).isEqualTo(200);

    HttpResponse<String> again =
        paydesk.shopPost("api/v1/checkouts/" + id + "/shop-events/" + eventId + "/redeliver", "");
    assertThat(again.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> shop.accepted(id).size() == 2);
    assertThat(shop.of(id))
        .allSatisfy(
            d -> {
              assertThat(d.eventId()).as("the same event, sent again").isEqualTo(eventId);
              assertThat(d.signed()).isTrue();
            });

    HttpResponse<String> unknown =
        paydesk.shopPost("api/v1/checkouts/" + id + "/shop-events/evt_nope/redeliver", "");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private static JsonObject withoutLinks(JsonObject checkout) {
    return Json.createObjectBuilder(checkout)
        .remove("statusUrl")
        .remove("qrUrl")
        .remove("checkoutUrl")
        .build();
  }

  @Test
  void anEndpointThatIsDownGetsTheEventOnceItIsBack() {
    JsonObject checkout = paydesk.checkout("3.20", USDT, null);
    String id = checkout.getString("id");
    shop.downFor(id, 2);

    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.accepted(id).size() == 1);
    assertThat(shop.of(id))
        .extracting(ShopReceiver.Delivery::answered)
        .containsExactly(503, 503, 200);
    assertThat(shop.of(id))
        .extracting(ShopReceiver.Delivery::eventId)
        .as("the same event, retried")
        .containsOnly(shop.of(id).get(0).eventId());
    JsonObject row =
        ((JsonArray)
                PaydeskHttp.parse(
                    paydesk.shopGet("api/v1/checkouts/" + id + "/shop-events").body()))
            .getJsonObject(0);
    assertThat(row.getString("status")).isEqualTo("DELIVERED");
    assertThat(row.getInt("attempts")).isEqualTo(3);
    assertThat(row.getJsonArray("history").getValuesAs(JsonObject.class))
        .as("every attempt is logged with its answer")
        .extracting(a -> a.getInt("httpStatus"), a -> a.getBoolean("delivered"))
        .containsExactly(tuple(503, false), tuple(503, false), tuple(200, true));
  }

  @Test
  void theEventsOfOneCheckoutArriveInOrder() {
    JsonObject checkout = paydesk.checkout("8.00", USDT, null);
    String id = checkout.getString("id");
    shop.downFor(id, 1);

    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"3\"}");
    paydesk.awaitStatus(checkout, "UNDERPAID");
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"5\"}");
    paydesk.awaitStatus(checkout, "PAID");

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.accepted(id).size() == 2);
    assertThat(shop.accepted(id))
        .extracting(ShopReceiver.Delivery::type)
        .containsExactly("checkout.underpaid", "checkout.paid");
  }

  @Test
  void aFullPaymentMakesTheOrderPaid() {
    JsonObject checkout = paydesk.checkout("25.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    assertThat(paid.getString("amountPaid")).isEqualTo("25");
    assertThat(paid.getString("amountRemaining")).isEqualTo("0");
    assertThat(paid.getJsonArray("payments"))
        .singleElement()
        .satisfies(p -> assertThat(p.asJsonObject().getString("status")).isEqualTo("SUCCESS"));
    assertThat(timelineKinds(checkout))
        .as("only the final status is notified, as CCPayment does by default")
        .containsExactly("CREATED", "ADDRESS_ASSIGNED", "PAYMENT_CONFIRMED", "STATUS_CHANGED");
    assertThat(timeline(checkout))
        .filteredOn(e -> e.getString("kind").startsWith("PAYMENT_"))
        .allSatisfy(
            e ->
                assertThat(e.getJsonNumber("webhookId"))
                    .as("linked to the raw webhook")
                    .isNotNull());
  }

  @Test
  void withIntermediateWebhooksAPaymentIsDetectedWhileItConfirms() {
    JsonObject checkout = paydesk.checkout("7.00", USDT, null);

    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"intermediate\":true,\"processingSeconds\":3}");

    JsonObject detected = paydesk.awaitStatus(checkout, "PAYMENT_DETECTED");
    assertThat(detected.getJsonArray("payments"))
        .singleElement()
        .satisfies(p -> assertThat(p.asJsonObject().getString("status")).isEqualTo("PROCESSING"));
    assertThat(detected.getString("amountPaid")).isEqualTo("0");
    paydesk.awaitStatus(checkout, "PAID");
    assertThat(timelineKinds(checkout))
        .containsExactly(
            "CREATED",
            "ADDRESS_ASSIGNED",
            "PAYMENT_DETECTED",
            "STATUS_CHANGED",
            "PAYMENT_CONFIRMED",
            "STATUS_CHANGED");
  }

  @Test
  void reconciliationSettlesADetectedPaymentWhoseFinalWebhookWasLost() {
    JsonObject checkout = paydesk.checkout("9.00", USDT, null);
    paydesk.pay(
        checkout,
        "{\"kind\":\"FULL\",\"intermediate\":true,\"processingSeconds\":1,\"dropFinal\":true}");
    paydesk.awaitStatus(checkout, "PAYMENT_DETECTED");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> paydesk.sandboxTrades(checkout.getString("merchantOrderId")) > 0);

    JsonObject run =
        json(
            paydesk.shopPost(
                "api/v1/operations/reconciliation-runs", PaydeskHttp.asOf(Duration.ofMinutes(11))));

    assertThat(run.getInt("changed")).isGreaterThanOrEqualTo(1);
    JsonObject paid = paydesk.reload(checkout);
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getJsonArray("payments"))
        .as("the webhook's and the gateway's are one")
        .hasSize(1);
  }

  @Test
  void theTimelineNamesCcpaymentsRecordAndServesTheRawWebhook() {
    JsonObject checkout = paydesk.checkout("6.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    String recordId = paid.getJsonArray("payments").getJsonObject(0).getString("recordId");

    JsonObject confirmed =
        timeline(checkout).stream()
            .filter(e -> e.getString("kind").equals("PAYMENT_CONFIRMED"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> raw = paydesk.shopGet(URI.create(confirmed.getString("webhookUrl")));
    HttpResponse<String> anonymous = paydesk.get(URI.create(confirmed.getString("webhookUrl")));

    assertThat(recordId).matches("\\d{20}");
    assertThat(confirmed.getString("recordId")).isEqualTo(recordId);
    assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
    JsonObject webhook = json(raw);
    assertThat(webhook.getString("outcome")).isEqualTo("APPLIED");
    assertThat(webhook.getString("recordId")).isEqualTo(recordId);
    assertThat(webhook.getString("checkoutId")).isEqualTo(checkout.getString("id"));
    assertThat(webhook.getString("body"))
        .contains(recordId)
        .contains("\"order_id\":\"" + paid.getString("ccpaymentOrderId") + "\"");
    assertThat(webhook.getString("headers"))
        .contains("Sign: (present)")
        .doesNotContain(PaydeskHttp.SANDBOX_APP_SECRET);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void aFloodOfRejectedWebhooksWritesOnlyABoundedExcerptOfEach() {
    String since = Instant.now().minusSeconds(1).toString();
    String garbage = "x".repeat(60_000);

    for (int i = 0; i < 100; i++) {
      HttpResponse<String> answer =
          paydesk.webhook(
              garbage,
              PaydeskHttp.SANDBOX_APP_ID,
              Long.toString(Instant.now().getEpochSecond()),
              "forged-secret");
      assertThat(answer.statusCode()).isEqualTo(401);
    }

    JsonObject stored =
        json(paydesk.shopGet("api/v1/webhooks?outcome=REJECTED&size=100&receivedFrom=" + since));
    assertThat(stored.getInt("total"))
        .as("at most the per-client budget of 20 a minute is written")
        .isBetween(1, 20);
    assertThat(stored.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(
            n -> {
              assertThat(n.getString("body").length()).isLessThanOrEqualTo(512);
              assertThat(n.getString("reason")).contains("Sign");
            });
    assertThat(stored.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(n -> assertThat(n.getInt("bodyBytes")).isEqualTo(60_000));
  }

  @Test
  void aPartialPaymentThenATopUpMakesItPaid() {
    JsonObject checkout = paydesk.checkout("10.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"4\"}");
    JsonObject underpaid = paydesk.awaitStatus(checkout, "UNDERPAID");
    assertThat(underpaid.getString("amountRemaining")).isEqualTo("6");
    assertThat(underpaid.getString("payAddress")).as("still payable").isNotBlank();
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"6\"}");
    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    assertThat(paid.getString("amountPaid")).isEqualTo("10");
    assertThat(paid.getJsonArray("payments")).hasSize(2);
  }

  @Test
  void anOverpaymentAndSeveralTransactionsAreSummedExactly() {
    JsonObject over = paydesk.checkout("10.00", USDT, null);
    paydesk.pay(over, "{\"kind\":\"OVER\"}");
    assertThat(paydesk.awaitStatus(over, "OVERPAID").getString("amountPaid")).isEqualTo("11");

    JsonObject several = paydesk.checkout("10.00", USDT, null);
    paydesk.pay(several, "{\"kind\":\"FULL\",\"transactions\":3}");
    JsonObject paid = paydesk.awaitStatus(several, "PAID");
    assertThat(paid.getJsonArray("payments")).hasSize(3);
    assertThat(paid.getString("amountPaid")).isEqualTo("10");
  }

  @Test
  void aFailedTransactionIsRecordedAndCreditsNothing() {
    JsonObject checkout = paydesk.checkout("10.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FAILED\"}");
    JsonObject after =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> paydesk.reload(checkout),
                c ->
                    c.getJsonArray("payments").size() == 1
                        && c.getJsonArray("payments")
                            .getJsonObject(0)
                            .getString("status")
                            .equals("FAILED"));
    assertThat(after.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(after.getString("amountPaid")).isEqualTo("0");
    assertThat(timelineKinds(checkout)).contains("PAYMENT_FAILED");
  }

  @Test
  void theSameWebhookFiveTimesCountsOnce() {
    JsonObject checkout = paydesk.checkout("7.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"duplicates\":4}");
    paydesk.awaitStatus(checkout, "PAID");
    // every copy was acknowledged; none added money
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> paydesk.reload(checkout).getString("amountPaid").equals("7"));
    assertThat(paydesk.reload(checkout).getJsonArray("payments")).hasSize(1);
  }

  @Test
  void theSameWebhookTwentyTimesConcurrentlyCountsOnce() throws Exception {
    JsonObject checkout = paydesk.checkout("20.00", USDT, null);
    List<HttpResponse<String>> answers =
        PaydeskHttp.deliverConcurrently(
            paydesk, PaydeskHttp.webhook(checkout, "success", "20"), 20);
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.statusCode()).isEqualTo(200);
              assertThat(a.body()).isEqualTo("success");
            });
    JsonObject paid = paydesk.reload(checkout);
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getString("amountPaid")).isEqualTo("20");
    assertThat(paid.getJsonArray("payments")).hasSize(1);
  }

  @Test
  void successBeforeProcessingStaysPaid() {
    JsonObject checkout = paydesk.checkout("9.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"outOfOrder\":true}");
    paydesk.awaitStatus(checkout, "PAID");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> timelineKinds(checkout).contains("OUT_OF_ORDER_IGNORED"));
    JsonObject after = paydesk.reload(checkout);
    assertThat(after.getString("status")).isEqualTo("PAID");
    assertThat(after.getJsonArray("payments").getJsonObject(0).getString("status"))
        .isEqualTo("SUCCESS");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "forged signature, 401",
    "stale timestamp, 401",
    "another account's Appid, 401",
    "no signature, 401",
    "signed but not JSON, 400",
    "over 64 KiB, 413"
  })
  void aWebhookThatFailsVerificationChangesNothing(String fault, int status) {
    JsonObject checkout = paydesk.checkout("5.00", USDT, null);
    String body = PaydeskHttp.webhook(checkout, "success", "5");
    String now = Long.toString(Instant.now().getEpochSecond());
    String appId = PaydeskHttp.SANDBOX_APP_ID;
    String secret = PaydeskHttp.SANDBOX_APP_SECRET;

    HttpResponse<String> answer =
        switch (fault) {
          case "forged signature" -> paydesk.webhook(body, appId, now, "forged-secret");
          case "stale timestamp" ->
              paydesk.webhook(
                  body,
                  appId,
                  Long.toString(Instant.now().minusSeconds(301).getEpochSecond()),
                  secret);
          case "another account's Appid" -> paydesk.webhook(body, "someone-else", now, secret);
          case "no signature" ->
              paydesk.post(paydesk.uri("webhooks/ccpayment"), "application/json", body);
          case "signed but not JSON" -> paydesk.webhook("{\"pay_status\":", appId, now, secret);
          default ->
              paydesk.webhook(
                  body.replace(
                      "\"pay_status\"",
                      "\"padding\":\"" + "x".repeat(70_000) + "\",\"pay_status\""),
                  appId,
                  now,
                  secret);
        };

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonObject after = paydesk.reload(checkout);
    assertThat(after.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(after.getJsonArray("payments")).isEmpty();
    assertThat(timelineKinds(checkout)).containsExactly("CREATED", "ADDRESS_ASSIGNED");
  }

  @Test
  void aWebhookNamingAnotherCcpaymentOrderIsNotCreditedAndWaitsForAPerson() {
    JsonObject checkout = paydesk.checkout("4.00", USDT, null);
    String foreign =
        PaydeskHttp.webhook(checkout, "success", checkout.getString("cryptoAmount"))
            .replace(checkout.getString("ccpaymentOrderId"), "202699999999999999999999999999999");

    HttpResponse<String> answer = paydesk.webhook(foreign);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject after = paydesk.reload(checkout);
    assertThat(after.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(after.getJsonArray("payments")).isEmpty();
    JsonObject kept =
        json(
            paydesk.shopGet(
                "api/v1/webhooks?outcome=ORPHAN&q=" + checkout.getString("merchantOrderId")));
    assertThat(kept.getJsonArray("items").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.getString("reason"))
                    .contains("202699999999999999999999999999999")
                    .contains(checkout.getString("ccpaymentOrderId"))
                    .contains("not credited"));
  }

  @Test
  void aWebhookForAnUnknownOrderIsAcknowledgedAndKeptAsAnOrphan() {
    String merchantOrderId = "nobody-" + UUID.randomUUID();
    String orphan =
        Json.createObjectBuilder()
            .add("pay_status", "success")
            .add("order_type", "API Deposit")
            .add("record_id", "9" + System.nanoTime())
            .add("order_id", "000")
            .add("paid_amount", "1.5")
            .add("txid", "0x" + UUID.randomUUID().toString().replace("-", ""))
            .add("extend", Json.createObjectBuilder().add("merchant_order_id", merchantOrderId))
            .build()
            .toString();
    HttpResponse<String> answer = paydesk.webhook(orphan);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("success");
    JsonObject orphans =
        json(paydesk.shopGet("api/v1/webhooks?outcome=ORPHAN&q=" + merchantOrderId));
    assertThat(orphans.getJsonArray("items").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getString("merchantOrderId")).isEqualTo(merchantOrderId);
              assertThat(n.getString("reason")).contains(merchantOrderId);
              assertThat(n.getString("body")).isEqualTo(orphan);
              assertThat(n.containsKey("checkoutId")).isFalse();
            });
  }

  @Test
  void theTimerExpiresAnUnpaidOrderOnceAndALatePaymentIsKept() {
    JsonObject checkout = paydesk.checkout("8.00", USDT, 60L);
    URI qr = URI.create(checkout.getString("qrUrl"));
    assertThat(paydesk.get(qr).statusCode()).as("the QR, now kept for the checkout").isEqualTo(200);
    JsonObject run =
        json(
            paydesk.shopPost(
                "api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3))));
    assertThat(run.getInt("expired")).isGreaterThanOrEqualTo(1);
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("EXPIRED");
    assertThat(paydesk.reload(checkout).containsKey("qrUrl")).as("no longer payable").isFalse();
    assertThat(paydesk.get(qr).statusCode()).as("its kept QR went with the expiry").isEqualTo(409);

    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    JsonObject late = paydesk.awaitStatus(checkout, "PAID_LATE");
    assertThat(late.getString("amountPaid")).isEqualTo("8");
    assertThat(timelineKinds(checkout)).containsOnlyOnce("EXPIRED");
  }

  @Test
  void aDustPaymentAfterExpiryIsALatePartPaymentNeverPaid() {
    JsonObject checkout = paydesk.checkout("100.00", USDT, 60L);
    String id = checkout.getString("id");
    paydesk.shopPost("api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3)));
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("EXPIRED");

    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"0.01\"}");

    JsonObject after = paydesk.awaitStatus(checkout, "EXPIRED_UNDERPAID");
    assertThat(after.getString("amountPaid")).isEqualTo("0.01");
    assertThat(after.getString("amountRemaining")).isEqualTo("99.99");
    assertThat(after.getBoolean("livemode")).isFalse();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                shop.accepted(id).stream()
                    .anyMatch(d -> d.type().equals("checkout.late_payment_received")));
    assertThat(shop.accepted(id))
        .extracting(ShopReceiver.Delivery::type)
        .as("nothing a shop could ship on")
        .doesNotContain("checkout.paid_late", "checkout.paid")
        .doesNotContain("checkout.expired_underpaid");
    JsonObject event =
        shop.accepted(id).stream()
            .filter(d -> d.type().equals("checkout.late_payment_received"))
            .findFirst()
            .orElseThrow()
            .event();
    assertThat(event.getBoolean("livemode")).isFalse();
    assertThat(event.getJsonObject("data").getJsonObject("payment").getString("amount"))
        .isEqualTo("0.01");
    assertThat(timelineKinds(checkout)).contains("REVIEW_FLAGGED");
  }

  @Test
  void aSignedWebhookReportingAnotherCryptoIsKeptAsAnOrphanNotCredited() {
    JsonObject checkout = paydesk.checkout("40.00", USDT, null);
    String recordId = "7" + Math.abs(System.nanoTime());
    JsonObject body =
        PaydeskHttp.parse(
                PaydeskHttp.webhook(checkout, "success", "40", recordId, "0xabc" + recordId))
            .asJsonObject();
    String trx =
        jakarta.json.Json.createObjectBuilder(body)
            .add("crypto", "TRX")
            .add("contract", "TRX")
            .build()
            .toString();

    assertThat(paydesk.webhook(trx).statusCode()).as("stored and acknowledged").isEqualTo(200);

    JsonObject after = paydesk.reload(checkout);
    assertThat(after.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(after.getString("amountPaid")).isEqualTo("0");
    JsonObject logged =
        json(paydesk.shopGet("api/v1/webhooks?outcome=ORPHAN&q=" + recordId))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(logged.getString("reason")).contains("crypto TRX").contains("not credited");
  }

  @Test
  void expiryAppliesAPaymentOnlyBillInfoKnowsInsteadOfExpiring() {
    JsonObject checkout = paydesk.checkout("6.00", USDT, 60L);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");

    paydesk.shopPost("api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3)));

    JsonObject after = paydesk.reload(checkout);
    assertThat(after.getString("status")).isEqualTo("PAID");
    assertThat(timeline(checkout))
        .anySatisfy(
            e -> {
              assertThat(e.getString("kind")).isEqualTo("PAYMENT_CONFIRMED");
              assertThat(e.getString("source")).isEqualTo("RECONCILIATION");
            });
  }

  @Test
  void theReconciliationRunFindsALatePaymentWhoseWebhookWasLost() {
    JsonObject checkout = paydesk.checkout("11.00", USDT, 60L);
    String asOf = PaydeskHttp.asOf(Duration.ofMinutes(3));
    paydesk.shopPost("api/v1/operations/expiry-runs", asOf);
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("EXPIRED");
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}");

    HttpResponse<String> run = paydesk.shopPost("api/v1/operations/reconciliation-runs", asOf);

    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(json(run).getInt("checked")).isGreaterThanOrEqualTo(1);
    JsonObject late = paydesk.reload(checkout);
    assertThat(late.getString("status")).isEqualTo("PAID_LATE");
    assertThat(late.getString("amountPaid")).isEqualTo("11");
  }

  @Test
  void checkNowFindsADroppedWebhook() {
    JsonObject checkout = paydesk.checkout("12.00", USDT, null);
    JsonArray trades =
        paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"12\",\"drop\":true}");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");

    HttpResponse<String> checked =
        paydesk.shopPost("api/v1/checkouts/" + checkout.getString("id") + "/reconcile", "");
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    assertThat(json(checked).getString("status")).isEqualTo("PAID");
    assertThat(json(checked).getJsonArray("payments").getJsonObject(0).getString("txid"))
        .isEqualTo(trades.getJsonObject(0).getString("txid"));

    // the webhook arriving after all (e.g. by webhook/resend) does not count it again
    String late =
        PaydeskHttp.webhook(
            checkout,
            "success",
            "12",
            trades.getJsonObject(0).getString("recordId"),
            trades.getJsonObject(0).getString("txid"));
    assertThat(paydesk.webhook(late).statusCode()).isEqualTo(200);
    assertThat(paydesk.reload(checkout).getString("amountPaid")).isEqualTo("12");
    assertThat(paydesk.reload(checkout).getJsonArray("payments")).hasSize(1);
  }

  @Test
  void webhookResendDeliversWhatWasMissedAndTheConfiguredPathReceivesToo() {
    JsonObject checkout = paydesk.checkout("15.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}");
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> resent =
        paydesk.sandboxCall(
            "webhook/resend",
            "{\"start_timestamp\":"
                + (now - 60)
                + ",\"end_timestamp\":"
                + (now + 60)
                + ",\"webhook_result\":\"All Result\"}");
    assertThat(json(resent).getInt("code")).as(resent.body()).isEqualTo(10000);
    assertThat(json(resent).getJsonObject("data").getInt("resend_count")).isGreaterThanOrEqualTo(1);
    paydesk.awaitStatus(checkout, "PAID");
    assertThat(
            json(paydesk.sandboxCall("webhook/resend", "{\"start_timestamp\":" + now + "}"))
                .getInt("code"))
        .as("once a minute")
        .isEqualTo(11004);

    // paydesk.webhook.path (set for the tests) is a second address of the receiver
    JsonObject other = paydesk.checkout("2.00", USDT, null);
    String body = PaydeskHttp.webhook(other, "success", "2");
    String ts = Long.toString(Instant.now().getEpochSecond());
    String sign =
        dev.paydesk.ccpayment.signature.CcPaymentSignature.sign(
            PaydeskHttp.SANDBOX_APP_ID,
            PaydeskHttp.SANDBOX_APP_SECRET,
            ts,
            body.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> viaPath =
        paydesk.post(
            paydesk.uri("hooks/ccpayment-it"),
            "application/json",
            body,
            "Appid",
            PaydeskHttp.SANDBOX_APP_ID,
            "Timestamp",
            ts,
            "Sign",
            sign);
    assertThat(viaPath.body()).isEqualTo("success");
    assertThat(paydesk.reload(other).getString("status")).isEqualTo("PAID");
  }

  @Test
  void twoConcurrentExpiryRunsExpireEachOrderOnce() throws Exception {
    List<JsonObject> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.add(paydesk.checkout("3.00", USDT, 60L));
    }
    String asOf = PaydeskHttp.asOf(Duration.ofMinutes(4));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var first =
          CompletableFuture.supplyAsync(
              () -> paydesk.shopPost("api/v1/operations/expiry-runs", asOf), pool);
      var second =
          CompletableFuture.supplyAsync(
              () -> paydesk.shopPost("api/v1/operations/expiry-runs", asOf), pool);
      assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(second.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    } finally {
      pool.shutdown();
    }
    for (JsonObject order : orders) {
      assertThat(paydesk.reload(order).getString("status")).isEqualTo("EXPIRED");
      assertThat(timelineKinds(order)).containsOnlyOnce("EXPIRED");
    }
  }

  @Test
  void statusChangesAreStreamedWithIdsAndHeartbeatsUntilNothingIsLeftToWaitFor() throws Exception {
    JsonObject checkout = paydesk.checkout("4.00", USDT, null);
    HttpResponse<java.io.InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        paydesk.uri("api/v1/checkouts/" + checkout.getString("id") + "/events"))
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> untilTheServerEndsIt =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    // the heartbeat (every second in these tests) keeps an idle stream alive
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              synchronized (lines) {
                return lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("heartbeat"));
              }
            });

    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");

    untilTheServerEndsIt.get(20, TimeUnit.SECONDS);
    List<String> data =
        lines.stream().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim()).toList();
    assertThat(data.get(0)).contains("\"status\":\"AWAITING_PAYMENT\"");
    assertThat(data.get(data.size() - 1)).contains("\"status\":\"PAID\"");
    assertThat(lines.stream().filter(l -> l.startsWith("id:")))
        .as("every event has an id")
        .hasSize(data.size())
        .doesNotHaveDuplicates();
  }

  @Test
  void theStreamOfAPaidCheckoutSaysSoAndEnds() throws Exception {
    JsonObject checkout = paydesk.checkout("4.50", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    paydesk.awaitStatus(checkout, "PAID");

    HttpResponse<String> stream =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(
                        paydesk.uri("api/v1/checkouts/" + checkout.getString("id") + "/events"))
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .get(10, TimeUnit.SECONDS);

    assertThat(stream.body()).contains("\"status\":\"PAID\"").contains("id:");
  }

  // --- helpers

  List<JsonObject> timeline(JsonObject checkout) {
    HttpResponse<String> response =
        paydesk.shopGet("api/v1/checkouts/" + checkout.getString("id") + "/timeline");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ((JsonArray) PaydeskHttp.parse(response.body())).getValuesAs(JsonObject.class);
  }

  List<String> timelineKinds(JsonObject checkout) {
    return timeline(checkout).stream().map(e -> e.getString("kind")).toList();
  }
}
