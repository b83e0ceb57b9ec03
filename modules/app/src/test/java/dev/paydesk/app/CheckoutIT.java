package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.checkoutJson;
import static dev.paydesk.app.PaydeskHttp.json;
import static dev.paydesk.app.PaydeskHttp.uniqueOrderId;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The create path end to end on Payara Micro with the built WAR and the H2 database: a shop backend
 * talks HTTP to Paydesk, Paydesk talks signed HTTP to the sandbox.
 */
class CheckoutIT extends SharedPaydeskTest {

  @BeforeEach
  void clearFaults() {
    paydesk.clearFaults();
  }

  @Test
  void createsAPayableCheckoutThroughTheSandbox() throws Exception {
    String merchantOrderId = uniqueOrderId("A");
    Instant before = Instant.now();
    HttpResponse<String> created =
        paydesk.createCheckout(
            "{\"merchantOrderId\":\""
                + merchantOrderId
                + "\",\"price\":\"19.99\",\"tokenId\":\""
                + PaydeskHttp.USDT_TRC20
                + "\",\"validPeriodSeconds\":3600,\"remark\":\"2 mugs\"}",
            UUID.randomUUID().toString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject checkout = json(created);
    String id = checkout.getString("id");
    assertThat(id).matches("co_[0-9A-Za-z]{25}");
    assertThat(created.headers().firstValue("Location"))
        .contains(PaydeskHttp.PUBLIC_URL + "api/v1/checkouts/" + id);
    assertThat(checkout.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(checkout.getString("price")).isEqualTo("19.99");
    assertThat(checkout.getString("currency")).isEqualTo("USD");
    assertThat(checkout.getString("cryptoAmount")).isEqualTo("19.99");
    assertThat(checkout.getString("crypto")).isEqualTo("USDT");
    assertThat(checkout.getString("network")).isEqualTo("TRC20");
    assertThat(checkout.getString("payAddress")).matches("T[1-9A-HJ-NP-Za-km-z]{33}");
    assertThat(checkout.containsKey("memo")).as("no memo on TRON").isFalse();
    assertThat(checkout.getString("logo")).startsWith("https://");
    Instant expiresAt = Instant.parse(checkout.getString("expiresAt"));
    assertThat(expiresAt)
        .isBetween(before.plusSeconds(3600 - 5), Instant.now().plusSeconds(3600 + 5));

    JsonObject shown = json(paydesk.get(URI.create(checkout.getString("statusUrl"))));
    assertThat(shown.getString("payAddress")).isEqualTo(checkout.getString("payAddress"));
    assertThat(shown.getString("cryptoAmount")).isEqualTo("19.99");

    assertThat(paydesk.decodeQr(URI.create(checkout.getString("qrUrl"))))
        .isEqualTo(checkout.getString("payAddress"));

    JsonObject info =
        json(
            paydesk.sandboxCall(
                "bill/info", "{\"merchant_order_ids\":[\"" + merchantOrderId + "\"]}"));
    assertThat(info.getInt("code")).isEqualTo(10000);
    JsonObject detail = info.getJsonArray("data").getJsonObject(0).getJsonObject("order_detail");
    assertThat(detail.getString("merchant_order_id")).isEqualTo(merchantOrderId);
    assertThat(checkout.getString("ccpaymentOrderId")).as("CCPayment's own order id").isNotBlank();
    assertThat(checkout.getString("ccpaymentApi"))
        .as("this suite's Paydesk uses v1")
        .isEqualTo("v1");
    assertThat(detail.getString("order_amount")).isEqualTo("19.990000");
    assertThat(detail.getString("product_name")).isEqualTo("2 mugs");
  }

  @Test
  void memoChainsCarryAMemoAndBitcoinQrCodesCarryTheAmount() throws Exception {
    JsonObject xrp =
        json(paydesk.createCheckout(checkoutJson(uniqueOrderId("X"), "10", PaydeskHttp.XRP), null));
    assertThat(xrp.getString("payAddress")).startsWith("r");
    assertThat(xrp.getString("memo")).matches("\\d{9,10}");
    assertThat(xrp.getString("cryptoAmount")).isEqualTo("16.129033");

    JsonObject btc =
        json(
            paydesk.createCheckout(
                checkoutJson(uniqueOrderId("B"), "100.00", PaydeskHttp.BTC), null));
    assertThat(btc.getString("cryptoAmount")).isEqualTo("0.00148699");
    assertThat(paydesk.decodeQr(URI.create(btc.getString("qrUrl"))))
        .isEqualTo("bitcoin:" + btc.getString("payAddress") + "?amount=0.00148699");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameCheckout() {
    String merchantOrderId = uniqueOrderId("I");
    String body = checkoutJson(merchantOrderId, "5.00", PaydeskHttp.USDT_TRC20);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = paydesk.createCheckout(body, key);
    HttpResponse<String> again = paydesk.createCheckout(body.replace("\"5.00\"", "\"5\""), key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(json(again).getString("id")).isEqualTo(json(first).getString("id"));
    assertThat(json(again).getString("payAddress")).isEqualTo(json(first).getString("payAddress"));

    HttpResponse<String> otherTerms = paydesk.createCheckout(body.replace("5.00", "6.00"), key);
    assertProblem(otherTerms, 422, "urn:paydesk:problem:idempotency-key-reused");

    HttpResponse<String> otherKey = paydesk.createCheckout(body, UUID.randomUUID().toString());
    assertProblem(otherKey, 409, "urn:paydesk:problem:merchant-order-id-taken");

    HttpResponse<String> noKey =
        paydesk.createCheckout(
            checkoutJson(uniqueOrderId("N"), "1.00", PaydeskHttp.USDT_TRC20), null);
    assertThat(noKey.statusCode()).isEqualTo(201);
  }

  @Test
  void twoIdenticalRequestsAtOnceGetTheCheckoutOrARetryAfterNeverAConflict() throws Exception {
    PaydeskHttp.assertIdenticalRacingCreatesNeverConflict(paydesk, 20);
  }

  @Test
  void aCheckoutPricedInItsTokenAsksForExactlyThatAmount() throws Exception {
    String body =
        "{\"merchantOrderId\":\""
            + uniqueOrderId("T")
            + "\",\"price\":\"0.00150000\",\"currency\":\"token\",\"tokenId\":\""
            + PaydeskHttp.BTC
            + "\"}";

    HttpResponse<String> created = paydesk.createCheckout(body, UUID.randomUUID().toString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject checkout = json(created);
    assertThat(checkout.getString("currency")).isEqualTo("TOKEN");
    assertThat(checkout.getString("price")).isEqualTo("0.0015");
    assertThat(checkout.getString("cryptoAmount")).isEqualTo("0.0015");
    assertThat(paydesk.decodeQr(URI.create(checkout.getString("qrUrl"))))
        .isEqualTo("bitcoin:" + checkout.getString("payAddress") + "?amount=0.0015");
  }

  @Test
  void aPriceInTheTokenHasAtMostTheTokensDecimals() {
    String body =
        "{\"merchantOrderId\":\""
            + uniqueOrderId("T")
            + "\",\"price\":\"0.000000001\",\"currency\":\"TOKEN\",\"tokenId\":\""
            + PaydeskHttp.BTC
            + "\"}";

    HttpResponse<String> refused = paydesk.createCheckout(body, UUID.randomUUID().toString());

    assertProblem(refused, 422, "urn:paydesk:problem:invalid-request");
    assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("8 decimal places");
  }

  @Test
  void quotesWhatAPriceIsInAToken() {
    HttpResponse<String> quote =
        paydesk.shopGet("api/v1/tokens/" + PaydeskHttp.BTC + "/quote?price=100.00");
    HttpResponse<String> badPrice =
        paydesk.shopGet("api/v1/tokens/" + PaydeskHttp.BTC + "/quote?price=1.001");
    HttpResponse<String> suspended =
        paydesk.shopGet("api/v1/tokens/" + PaydeskHttp.USDT_SOL_SUSPENDED + "/quote?price=1");

    assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
    assertThat(json(quote).getString("amount")).isEqualTo("0.00148699");
    assertThat(json(quote).getString("tokenPrice")).isEqualTo("67250");
    assertThat(json(quote).getString("price")).isEqualTo("100.00");
    assertProblem(badPrice, 422, "urn:paydesk:problem:invalid-request");
    assertProblem(suspended, 422, "urn:paydesk:problem:invalid-request");
  }

  @Test
  void aShopFindsItsCheckoutsByMerchantOrderIdStatusOrAnyId() {
    JsonObject first = paydesk.checkout("2.00", PaydeskHttp.USDT_TRC20, null);
    JsonObject second = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);

    JsonObject byMerchantOrderId =
        json(
            paydesk.shopGet(
                "api/v1/checkouts?merchantOrderId=" + first.getString("merchantOrderId")));
    JsonObject byAddress =
        json(paydesk.shopGet("api/v1/checkouts?q=" + second.getString("payAddress")));
    JsonObject byCcpaymentId =
        json(paydesk.shopGet("api/v1/checkouts?q=" + second.getString("ccpaymentOrderId")));
    JsonObject awaiting =
        json(paydesk.shopGet("api/v1/checkouts?status=AWAITING_PAYMENT,UNDERPAID&size=1"));

    assertThat(ids(byMerchantOrderId)).containsExactly(first.getString("id"));
    assertThat(byMerchantOrderId.getInt("total")).isEqualTo(1);
    assertThat(byMerchantOrderId.containsKey("next")).isFalse();
    assertThat(ids(byAddress)).containsExactly(second.getString("id"));
    assertThat(ids(byCcpaymentId)).containsExactly(second.getString("id"));
    assertThat(awaiting.getJsonArray("items"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.asJsonObject().getString("status")).isEqualTo("AWAITING_PAYMENT"));
    assertThat(awaiting.getInt("total")).isGreaterThanOrEqualTo(2);
    assertThat(awaiting.getString("next")).contains("page=1").contains("size=1");
    JsonObject nextPage = json(paydesk.shopGet(URI.create(awaiting.getString("next"))));
    assertThat(ids(nextPage)).hasSize(1).doesNotContainAnyElementsOf(ids(awaiting));
  }

  @Test
  void aSearchWithBadParametersNamesEachAndOnlyShopsMaySearch() {
    HttpResponse<String> bad =
        paydesk.shopGet("api/v1/checkouts?status=PAYED&createdFrom=yesterday&size=1000");
    HttpResponse<String> anonymous = paydesk.get(paydesk.uri("api/v1/checkouts"));

    assertProblem(bad, 400, "urn:paydesk:problem:invalid-query");
    assertThat(json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("status", "createdFrom", "size");
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("id"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing everything           | {}                                                                  | 422 | merchantOrderId,price,tokenId",
        "three decimals               | {\"merchantOrderId\":\"@ID\",\"price\":\"1.005\",\"tokenId\":\"@USDT\"} | 422 | price",
        "zero price                   | {\"merchantOrderId\":\"@ID\",\"price\":0,\"tokenId\":\"@USDT\"}       | 422 | price",
        "unknown token                | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"0000-none\"} | 422 | tokenId",
        "suspended token              | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@SOL\"}     | 422 | tokenId",
        "valid period over 10 days    | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"validPeriodSeconds\":864001} | 422 | validPeriodSeconds",
        "lightning over 2 hours       | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@SATS\",\"validPeriodSeconds\":7201}   | 422 | validPeriodSeconds",
        "bad currency                 | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"currency\":\"usd\"} | 422 | currency",
        "NUL byte in remark           | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"remark\":\"a\\u0000b\"} | 422 | remark",
        "control character in remark  | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"remark\":\"a\\u001bb\"} | 422 | remark",
        "price not a number           | {\"merchantOrderId\":\"@ID\",\"price\":\"ten\",\"tokenId\":\"@USDT\"}  | 422 | price",
        "price with a sign            | {\"merchantOrderId\":\"@ID\",\"price\":\"+5\",\"tokenId\":\"@USDT\"}   | 422 | price",
        "price with an exponent       | {\"merchantOrderId\":\"@ID\",\"price\":\"1e3\",\"tokenId\":\"@USDT\"}  | 422 | price",
        "price in full-width digits   | {\"merchantOrderId\":\"@ID\",\"price\":\"\uff15\",\"tokenId\":\"@USDT\"} | 422 | price",
        "merchant order id a number   | {\"merchantOrderId\":1001,\"price\":\"1\",\"tokenId\":\"@USDT\"}       | 422 | merchantOrderId",
        "period with a fraction       | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"validPeriodSeconds\":3600.5} | 422 | validPeriodSeconds",
        "period as a string           | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"validPeriodSeconds\":\"3600\"} | 422 | validPeriodSeconds",
        "empty currency               | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"currency\":\"\"} | 422 | currency",
        "unknown field                | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\",\"amount\":\"1\"} | 422 | amount",
        "an array                     | [{\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\"}] | 400 | ",
        "garbage after the object     | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"tokenId\":\"@USDT\"} x  | 400 | ",
        "a key given twice            | {\"merchantOrderId\":\"@ID\",\"price\":\"1\",\"price\":\"2\",\"tokenId\":\"@USDT\"} | 400 | ",
        "not JSON                     | {merchantOrderId:                                                     | 400 | "
      })
  void rejectsABadRequestNamingTheFieldAndStoresNothing(
      String name, String template, int status, String fields) {
    String merchantOrderId = uniqueOrderId("V");
    String body =
        template
            .replace("@ID", merchantOrderId)
            .replace("@USDT", PaydeskHttp.USDT_TRC20)
            .replace("@SOL", PaydeskHttp.USDT_SOL_SUSPENDED)
            .replace("@SATS", PaydeskHttp.SATS);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> rejected = paydesk.createCheckout(body, key);

    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(status);
    assertThat(rejected.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(rejected);
    assertThat(problem.getInt("status")).isEqualTo(status);
    if (fields != null) {
      assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
          .extracting(e -> e.getString("field"))
          .containsExactlyInAnyOrder(fields.split(","));
    }
    // nothing was stored: the same merchant order id and key now create a checkout
    HttpResponse<String> valid =
        paydesk.createCheckout(checkoutJson(merchantOrderId, "1.00", PaydeskHttp.USDT_TRC20), key);
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(201);
  }

  @Test
  void aBodyOfFiveMegabytesIsRefusedAsTooLargeAndStoresNothing() {
    String merchantOrderId = uniqueOrderId("B");
    String huge =
        "{\"merchantOrderId\":\""
            + merchantOrderId
            + "\",\"price\":\"1\",\"tokenId\":\""
            + PaydeskHttp.USDT_TRC20
            + "\",\"remark\":\""
            + "x".repeat(5 * 1024 * 1024)
            + "\"}";

    assertProblem(
        paydesk.createCheckout(huge, UUID.randomUUID().toString()),
        413,
        "urn:paydesk:problem:body-too-large");
    assertThat(
            json(paydesk.shopGet(
                    paydesk.uri("api/v1/checkouts?merchantOrderId=" + merchantOrderId)))
                .getInt("total"))
        .isZero();
  }

  @Test
  void apiAnswersAreNotSniffedNorCachedAndOnlyThePublicReadsAreOpenToOtherOrigins() {
    HttpResponse<String> created =
        paydesk.createCheckout(
            checkoutJson(uniqueOrderId("H"), "2.00", PaydeskHttp.USDT_TRC20),
            UUID.randomUUID().toString());
    JsonObject checkout = json(created);
    HttpResponse<String> shown = paydesk.get(URI.create(checkout.getString("statusUrl")));
    HttpResponse<String> listed = paydesk.shopGet(paydesk.uri("api/v1/checkouts"));

    for (HttpResponse<String> answer : java.util.List.of(created, shown, listed)) {
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
    }
    assertThat(shown.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(created.headers().firstValue("Access-Control-Allow-Origin"))
        .as("creating needs the shop's key: never from a browser elsewhere")
        .isEmpty();
    assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void everyLinkComesFromThePublicUrlNeverFromTheRequestsHost() throws Exception {
    String answer =
        paydesk.createWithHost(
            "evil.example", checkoutJson(uniqueOrderId("H"), "10.00", PaydeskHttp.USDT_TRC20));

    assertThat(answer).startsWith("HTTP/1.1 201");
    assertThat(answer).doesNotContain("evil.example");
    String publicRoot = PaydeskHttp.PUBLIC_URL;
    // the body as written, whether or not it came in chunks
    JsonObject created =
        PaydeskHttp.parse(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1))
            .asJsonObject();
    for (String link : List.of("checkoutUrl", "statusUrl", "qrUrl")) {
      assertThat(created.getString(link)).as(link).startsWith(publicRoot);
    }
    assertThat(answer).containsIgnoringCase("Location: " + publicRoot + "api/v1/checkouts/");
    assertThat(created.getBoolean("livemode")).as("sandbox mode says so").isFalse();
  }

  @Test
  void theSandboxControlNeedsTheShopsKey() {
    JsonObject checkout = paydesk.checkout("12.00", PaydeskHttp.USDT_TRC20, null);
    String pay = "orders/" + checkout.getString("merchantOrderId") + "/payments";

    HttpResponse<String> anonymous =
        paydesk.post(
            paydesk.uri("sandbox/control/" + pay), "application/json", "{\"kind\":\"FULL\"}");
    HttpResponse<String> wrongKey =
        paydesk.post(
            paydesk.uri("sandbox/control/faults"),
            "application/json",
            "{\"kind\":\"HTTP_500\"}",
            "Authorization",
            "Bearer not-the-key");
    HttpResponse<String> listed = paydesk.get(paydesk.uri("sandbox/control/faults"));

    for (HttpResponse<String> refused : List.of(anonymous, wrongKey, listed)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(paydesk.control("GET", "faults", null).body()).isEqualTo("[]");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    assertThat(paydesk.awaitStatus(checkout, "PAID").getString("status")).isEqualTo("PAID");
  }

  @Test
  void theSandboxControlAndTheRunsAnswerBadInputWithProblemsNeverAServerError() {
    HttpResponse<String> notJson = paydesk.control("POST", "faults", "{kind:");
    assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
    assertThat(notJson.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    HttpResponse<String> armed =
        paydesk.control(
            "POST", "faults", "{\"kind\":\"HTTP_500\",\"count\":3,\"endpoint\":\"token/rate\"}");
    assertThat(armed.statusCode()).isEqualTo(204);
    HttpResponse<String> listed = paydesk.control("GET", "faults", null);
    paydesk.clearFaults();
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(PaydeskHttp.parse(listed.body()).asJsonArray().getJsonObject(0).getString("kind"))
        .isEqualTo("HTTP_500");

    for (String asOf : new String[] {"9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z"}) {
      HttpResponse<String> run =
          paydesk.shopPost("api/v1/operations/expiry-runs", "{\"asOf\":\"" + asOf + "\"}");
      assertProblem(run, 422, "urn:paydesk:problem:as-of-out-of-range");
    }
  }

  @Test
  void onlyAShopWithAnApiKeyCreatesCheckouts() {
    String body = checkoutJson(uniqueOrderId("K"), "1.00", PaydeskHttp.USDT_TRC20);
    HttpResponse<String> none =
        paydesk.post(paydesk.uri("api/v1/checkouts"), "application/json", body);
    HttpResponse<String> wrong =
        paydesk.post(
            paydesk.uri("api/v1/checkouts"),
            "application/json",
            body,
            "Authorization",
            "Bearer sandbox-shop-key");
    assertProblem(none, 401, "urn:paydesk:problem:unauthorized");
    assertProblem(wrong, 401, "urn:paydesk:problem:unauthorized");
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertProblem(
        paydesk.get(paydesk.uri("api/v1/checkouts/co_0000000000000000000000000")),
        404,
        "urn:paydesk:problem:checkout-not-found");
    assertProblem(
        paydesk.get(paydesk.uri("api/v1/checkouts/anything")),
        404,
        "urn:paydesk:problem:checkout-not-found");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "TIMEOUT,       503, urn:paydesk:problem:gateway-unavailable",
    "HTTP_500,      503, urn:paydesk:problem:gateway-unavailable",
    "ERROR_CODE,    502, urn:paydesk:problem:gateway-rejected",
    "BAD_SIGNATURE, 502, urn:paydesk:problem:gateway-bad-answer"
  })
  void aGatewayFaultLeavesNothingPayableAndTheRetrySucceeds(String fault, int status, String type) {
    paydesk.get(paydesk.uri("api/v1/tokens")); // token list cached: the fault hits bill/create
    String merchantOrderId = uniqueOrderId("F");
    String body = checkoutJson(merchantOrderId, "12.50", PaydeskHttp.USDT_TRC20);
    String key = UUID.randomUUID().toString();
    paydesk.armFault(fault);

    HttpResponse<String> failed = paydesk.createCheckout(body, key);

    assertProblem(failed, status, type);
    if (status == 503) {
      assertThat(failed.headers().firstValue("Retry-After")).isPresent();
    }
    if (fault.equals("ERROR_CODE")) {
      assertThat(json(failed).getInt("gatewayCode")).isEqualTo(13002);
    }

    HttpResponse<String> retried = paydesk.createCheckout(body, key);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(json(retried).getString("status")).isEqualTo("AWAITING_PAYMENT");
    // the retry is a new gateway order; an order the lost answer may have made is never reused
    JsonArray orders =
        json(paydesk.sandboxCall(
                "bill/info",
                "{\"merchant_order_ids\":[\""
                    + merchantOrderId
                    + "\",\""
                    + merchantOrderId
                    + "~2\"]}"))
            .getJsonArray("data");
    List<String> known =
        orders.getValuesAs(JsonObject.class).stream()
            .map(o -> o.getJsonObject("order_detail").getString("merchant_order_id"))
            .toList();
    assertThat(known).contains(merchantOrderId + "~2");
    if (fault.equals("HTTP_500") || fault.equals("ERROR_CODE")) {
      assertThat(known)
          .as("the failed attempt made nothing at the gateway")
          .doesNotContain(merchantOrderId);
    }
  }

  @Test
  void aTokenNamedSymbolDotChainIsTheSameTokenOnV1() {
    JsonObject checkout = paydesk.checkout("4.00", "USDT.TRX", null);

    assertThat(checkout.getString("ccpaymentApi")).isEqualTo("v1");
    assertThat(checkout.getString("tokenId")).isEqualTo("USDT.TRX");
    assertThat(checkout.getString("crypto")).isEqualTo("USDT");
    assertThat(checkout.getString("network")).isEqualTo("TRC20");
  }

  @Test
  void listsOnlyUsableTokens() {
    HttpResponse<String> response = paydesk.get(paydesk.uri("api/v1/tokens"));
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> ids =
        ((JsonArray) PaydeskHttp.parse(response.body()))
            .getValuesAs(JsonObject.class).stream().map(t -> t.getString("tokenId")).toList();
    assertThat(ids)
        .contains(PaydeskHttp.USDT_TRC20, PaydeskHttp.BTC, PaydeskHttp.XRP)
        .doesNotContain(PaydeskHttp.USDT_SOL_SUSPENDED);
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age"));
  }

  @Test
  void theSandboxChecksSignaturesTimestampsAndLimitsLikeCcpayment() {
    String order =
        "{\"merchant_order_id\":\""
            + uniqueOrderId("S")
            + "\",\"product_price\":\"3.00\",\"token_id\":\""
            + PaydeskHttp.USDT_TRC20
            + "\",\"denominated_currency\":\"USD\"}";
    String now = Long.toString(Instant.now().getEpochSecond());
    assertThat(
            code(
                paydesk.post(
                    paydesk.uri("sandbox/ccpayment/v1/bill/create"), "application/json", order)))
        .as("unsigned")
        .isEqualTo(11001);
    assertThat(code(paydesk.sandboxCall("bill/create", order, now, "wrong-secret")))
        .as("bad sign")
        .isEqualTo(11005);
    String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(3)).getEpochSecond());
    assertThat(
            code(paydesk.sandboxCall("bill/create", order, stale, PaydeskHttp.SANDBOX_APP_SECRET)))
        .as("stale")
        .isEqualTo(11006);

    HttpResponse<String> created = paydesk.sandboxCall("bill/create", order);
    assertThat(code(created)).isEqualTo(10000);
    assertThat(
            dev.paydesk.ccpayment.signature.CcPaymentSignature.verify(
                PaydeskHttp.SANDBOX_APP_ID,
                PaydeskHttp.SANDBOX_APP_SECRET,
                created.headers().firstValue("Timestamp").orElseThrow(),
                created.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                created.headers().firstValue("Sign").orElseThrow()))
        .as("answer signed")
        .isTrue();
    assertThat(code(paydesk.sandboxCall("bill/create", order)))
        .as("reused merchant_order_id")
        .isEqualTo(11011);

    String tooMany =
        Json.createObjectBuilder()
            .add(
                "merchant_order_ids",
                Json.createArrayBuilder(
                    java.util.stream.IntStream.range(0, 101).mapToObj(i -> "id" + i).toList()))
            .build()
            .toString();
    assertThat(code(paydesk.sandboxCall("bill/info", tooMany))).isEqualTo(11010);

    JsonObject rate =
        json(paydesk.sandboxCall(
                "token/rate", "{\"token_id\":\"" + PaydeskHttp.BTC + "\",\"amount\":\"67250\"}"))
            .getJsonObject("data");
    assertThat(rate.getString("value")).isEqualTo("1.00000000");
  }

  @Test
  void servesOpenApiAndReportsReadiness() {
    HttpResponse<String> openapi = paydesk.get(paydesk.uri("api/openapi.yaml"));
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(openapi.body())
        .as("its server is the public URL")
        .contains(
            "  - url: "
                + PaydeskHttp.PUBLIC_URL.substring(0, PaydeskHttp.PUBLIC_URL.length() - 1)
                + "\n")
        .contains("/api/v1/checkouts")
        .contains("/api/v1/tokens")
        .contains("/api/v1/tokens/{tokenId}/quote")
        .contains("/api/v1/webhooks/{id}")
        .contains("merchantOrderId");
    assertThat(paydesk.get(paydesk.root("openapi")).statusCode())
        .as("Payara's own document is off: one contract")
        .isNotEqualTo(200);

    HttpResponse<String> metrics = paydesk.get(paydesk.root("metrics"));
    assertThat(metrics.statusCode()).as("metrics are not public").isIn(403, 404);
    assertThat(metrics.body()).doesNotContain("# TYPE");

    HttpResponse<String> ready = paydesk.get(paydesk.root("health/ready"));
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonObject paydeskCheck =
        json(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("paydesk"))
            .findFirst()
            .orElseThrow();
    assertThat(paydeskCheck.getString("status")).isEqualTo("UP");
    assertThat(paydeskCheck.getJsonObject("data").getString("database")).isEqualTo("UP product=H2");
    assertThat(paydeskCheck.getJsonObject("data").getString("ccpayment"))
        .startsWith("UP checked=")
        .contains("mode=sandbox tokens=");
  }

  /** Opens a checkout's event stream as a raw client would; the socket is left open if admitted. */
  static java.net.Socket openStream(int port, String path, String client) throws Exception {
    java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    socket
        .getOutputStream()
        .write(
            ("GET "
                    + path
                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "X-Forwarded-For: "
                    + client
                    + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    return socket;
  }

  static String statusLine(java.net.Socket socket) throws Exception {
    var in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString().trim();
  }

  @Test
  void tenThousandStreamAttemptsLeaveTheInstanceAnswering() throws Exception {
    List<JsonObject> checkouts = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      checkouts.add(paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null));
    }
    int port = paydesk.uri("").getPort();
    List<java.net.Socket> held =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger refused =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger other =
        new java.util.concurrent.atomic.AtomicInteger();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
    long started = System.nanoTime();
    try {
      List<java.util.concurrent.Future<?>> attempts = new java.util.ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        String path =
            paydesk
                .uri("api/v1/checkouts/" + checkouts.get(i % 10).getString("id") + "/events")
                .getRawPath();
        String client = "198.18." + (i / 250) + "." + (i % 250);
        attempts.add(
            pool.submit(
                () -> {
                  java.net.Socket socket = openStream(port, path, client);
                  String status = statusLine(socket);
                  if (status.contains(" 200")) {
                    held.add(socket);
                  } else {
                    (status.contains(" 429") ? refused : other).incrementAndGet();
                    socket.close();
                  }
                  return null;
                }));
      }
      for (var attempt : attempts) {
        attempt.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "[streams] 10,000 attempts in %.1f s: %d held, %d refused (429)%n",
          seconds, held.size(), refused.get());

      assertThat(held).as("ten per checkout").hasSize(100);
      assertThat(refused.get()).isEqualTo(9_900);
      assertThat(other.get()).isZero();
      long before = System.nanoTime();
      assertThat(paydesk.reload(checkouts.get(0)).getString("status"))
          .isEqualTo("AWAITING_PAYMENT");
      assertThat((System.nanoTime() - before) / 1_000_000)
          .as("a status read, in ms")
          .isLessThan(2_000);
      assertThat(paydesk.get(paydesk.root("health/ready")).statusCode()).isEqualTo(200);
      // one client may hold 20 at most, whatever the checkouts
      JsonObject more = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
      List<java.net.Socket> mine = new java.util.ArrayList<>();
      int admitted = 0;
      for (int i = 0; i < 25; i++) {
        JsonObject target = i < 10 ? more : paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
        java.net.Socket socket =
            openStream(
                port,
                paydesk.uri("api/v1/checkouts/" + target.getString("id") + "/events").getRawPath(),
                "203.0.113.77");
        mine.add(socket);
        if (statusLine(socket).contains(" 200")) {
          admitted++;
        }
      }
      assertThat(admitted).isEqualTo(20);
      held.addAll(mine);
    } finally {
      pool.shutdownNow();
      for (java.net.Socket socket : held) {
        socket.close();
      }
    }
    // the heartbeat (every second here) finds the closed streams and gives their places back
    JsonObject first = checkouts.get(0);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              try (java.net.Socket again =
                  openStream(
                      port,
                      paydesk
                          .uri("api/v1/checkouts/" + first.getString("id") + "/events")
                          .getRawPath(),
                      "198.51.100.9")) {
                return statusLine(again).contains(" 200");
              }
            });
  }

  @Test
  void aFloodOfReadinessProbesMakesNoCallToCcpaymentOfItsOwn() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<String>> probes = new java.util.ArrayList<>();
      for (int i = 0; i < 300; i++) {
        probes.add(
            pool.submit(
                () -> {
                  HttpResponse<String> ready = paydesk.get(paydesk.root("health/ready"));
                  return ready
                      .body()
                      .replaceAll("(?s).*\"ccpayment\"\\s*:\\s*\"([^\"]*)\".*", "$1");
                }));
      }
      java.util.Set<String> checked = new java.util.TreeSet<>();
      for (var probe : probes) {
        String ccpayment = probe.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(ccpayment)
            .as("each answer tells which background check it reads")
            .startsWith("UP")
            .contains("checked=");
        checked.add(ccpayment.replaceAll(".*checked=(\\S+).*", "$1"));
      }
      // one background check per 30 s answers them all: one time, two if a check fell in between
      assertThat(checked).hasSizeLessThanOrEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whatTheWebContainerAnswersItselfIsAProblemNotPayarasPage() throws Exception {
    HttpResponse<String> unknown = paydesk.get(paydesk.uri("nothing-here"));
    HttpResponse<String> unknownPage = paydesk.get(paydesk.uri("nothing-here.xhtml"));
    HttpResponse<String> wrongMethod =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(paydesk.uri("pay-assets/checkout.css"))
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknownApi = paydesk.get(paydesk.uri("api/v1/nothing-here"));

    assertProblem(unknown, 404, "urn:paydesk:problem:not-found");
    assertProblem(unknownPage, 404, "urn:paydesk:problem:not-found");
    assertThat(wrongMethod.statusCode()).as(wrongMethod.body()).isIn(403, 405);
    assertThat(wrongMethod.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(unknownApi.statusCode()).isEqualTo(404);
    assertThat(unknownApi.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    for (HttpResponse<String> answer : List.of(unknown, unknownPage, wrongMethod)) {
      assertThat(answer.body()).doesNotContainIgnoringCase("payara").doesNotContain("<html");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    // a browser asking for a page gets a page, with the same status and nothing of the server's
    HttpResponse<String> browser =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(paydesk.uri("nothing-here"))
                    .header("Accept", "text/html,application/xhtml+xml")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(browser.statusCode()).isEqualTo(404);
    assertThat(browser.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(browser.body()).contains("Not found").doesNotContainIgnoringCase("payara");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Payara answers these itself, before Paydesk runs (payara/Payara#8000): an empty 200 or
        // 400
        "POST | /paydesk/api/v1/checkouts%zz       | 400 | bad-request",
        "GET  | /paydesk/api/v1/checkouts/abc%2    | 400 | bad-request",
        "GET  | /paydesk/api/v1/checkouts/%00      | 400 | bad-request",
        "GET  | /paydesk/api/v1/checkouts?q=%G1    | 400 | bad-request",
        "GET  | /paydesk/../../etc/passwd          | 400 | bad-request",
        "GET  | /paydesk/api/v1/checkouts/@LONG    | 414 | uri-too-long",
        "GET  | /elsewhere                         | 404 | not-found",
        // and what Paydesk answers passes through unchanged
        "GET  | /paydesk/api/v1/checkouts/co_none  | 404 | checkout-not-found",
        "GET  | /paydesk/nothing-here              | 404 | not-found"
      })
  void behindTheShippedBalancerEveryAnswerIsAProblemWithATruthfulStatus(
      String method, String target, int status, String type) throws Exception {
    try (Balancer balancer = Balancer.start(deployment.getPort(), 18090)) {
      String answer = balancer.send(method, target.replace("@LONG", "a".repeat(9000)));

      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      assertThat(head).as(answer).startsWith("HTTP/1.1 " + status + " ");
      assertThat(head.toLowerCase(java.util.Locale.ROOT))
          .contains("content-type: application/problem+json");
      assertThat(answer).contains("\"type\":\"urn:paydesk:problem:" + type + "\"");
    }
  }

  static int code(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getInt("code");
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo(type);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getInt("status")).isEqualTo(status);
  }
}
