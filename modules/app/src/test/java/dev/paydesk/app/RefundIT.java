package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds through the shop API (issue 23), sent as withdrawals to the sandbox's CCPayment v2 face
 * over real HTTP with real signatures, its {@code ApiWithdrawal} webhooks coming back the same way.
 * What is counted is what the sandbox made: withdrawals by merchant order id.
 */
class RefundIT extends ShopReceivingTest {

  static final String USDT = PaydeskHttp.USDT_TRC20;

  /** An address of TRON's shape (the sandbox checks the chain's shape, as CCPayment checks it). */
  static final String BUYER = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7";

  /** The sandbox's coin id of USDT. */
  static final long USDT_COIN = 1280;

  @AfterEach
  void clearFaultsAndBalances() {
    paydesk.control("DELETE", "faults", null);
    paydesk.control("DELETE", "balances", null);
  }

  /** A USDT checkout paid {@code paid} (its price is 3.00 USD at the sandbox's rate 1). */
  JsonObject paid(String paid) {
    JsonObject checkout = paydesk.checkout("3.00", USDT, null);
    paydesk.pay(checkout, "{\"kind\":\"OVER\",\"amount\":\"" + paid + "\"}");
    return paydesk.awaitStatus(checkout, "OVERPAID");
  }

  HttpResponse<String> refund(JsonObject checkout, String json, String key) {
    return paydesk.post(
        URI.create(checkout.getString("statusUrl") + "/refunds"),
        "application/json",
        json,
        "Authorization",
        "Bearer " + PaydeskHttp.API_KEY,
        "Idempotency-Key",
        key);
  }

  static String toBuyer(String amount) {
    return "{\"amount\":\""
        + amount
        + "\",\"reason\":\"OVERPAYMENT\",\"destination\":{\"type\":\"ADDRESS\",\"address\":\""
        + BUYER
        + "\"}}";
  }

  /** The sandbox's withdrawals under this refund's merchant order ids. */
  List<JsonObject> withdrawalsOf(String refundId) {
    HttpResponse<String> listed = paydesk.control("GET", "withdrawals", null);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return ((JsonArray) PaydeskHttp.parse(listed.body()))
        .getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getString("orderId").startsWith("rf-" + refundId + "-"))
            .toList();
  }

  JsonObject awaitRefund(JsonObject checkout, String refundId, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                json(
                    paydesk.shopGet(
                        URI.create(checkout.getString("statusUrl") + "/refunds/" + refundId))),
            r -> r.getString("status").equals(status));
  }

  @Test
  void anOverpaymentGoesBackToTheBuyerOnceAndTheShopHearsEachStep() {
    JsonObject checkout = paid("3.5");
    String key = UUID.randomUUID().toString();

    HttpResponse<String> asked = refund(checkout, toBuyer("0.5"), key);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonObject refund = json(asked);
    assertThat(refund.getString("status")).isIn("PROCESSING", "SUCCEEDED");
    assertThat(asked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("http://localhost:8080/paydesk/api/"));
    HttpResponse<String> again = refund(checkout, toBuyer("0.5"), key);
    assertThat(json(again).getString("id"))
        .as("the same Idempotency-Key is the same refund")
        .isEqualTo(refund.getString("id"));

    JsonObject sent = awaitRefund(checkout, refund.getString("id"), "SUCCEEDED");
    assertThat(sent.getString("txid")).isNotBlank();
    assertThat(sent.getJsonObject("networkFee").getString("crypto")).isEqualTo("USDT");
    assertThat(sent.getString("buyerReceives")).isEqualTo("0.5");
    List<JsonObject> made = withdrawalsOf(refund.getString("id"));
    assertThat(made).singleElement();
    assertThat(made.get(0).getString("toAddress")).isEqualTo(BUYER);
    assertThat(new BigDecimal(made.get(0).getString("amount"))).isEqualByComparingTo("0.5");
    String id = checkout.getString("id");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                shop.accepted(id).stream()
                    .anyMatch(d -> d.type().equals("checkout.refund_succeeded")));
    assertThat(shop.accepted(id))
        .filteredOn(d -> d.type().startsWith("checkout.refund_"))
        .allSatisfy(d -> assertThat(d.signed()).isTrue())
        .extracting(d -> d.event().getJsonObject("data").getJsonObject("refund").getString("id"))
        .containsOnly(refund.getString("id"));
    // nothing more than was overpaid goes back
    JsonObject now = paydesk.reload(checkout);
    BigDecimal left =
        new BigDecimal(now.getString("amountPaid"))
            .subtract(new BigDecimal(now.getString("cryptoAmount")))
            .subtract(new BigDecimal("0.5"));
    HttpResponse<String> tooMuch =
        refund(
            checkout,
            toBuyer(left.add(new BigDecimal("0.000001")).toPlainString()),
            UUID.randomUUID().toString());
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
    assertThat(json(tooMuch).getString("type"))
        .isEqualTo("urn:paydesk:problem:refund-more-than-refundable");
    assertThat(paydesk.shopGet(URI.create(checkout.getString("statusUrl") + "/timeline")).body())
        .contains("refund of 0.5 USDT asked (overpayment)")
        .contains("sent: 0.5 USDT");
  }

  @Test
  void theShopSeesTheNetworkFeeBeforeAsking() {
    JsonObject checkout = paid("3.5");

    JsonObject fee =
        json(paydesk.shopGet(URI.create(checkout.getString("statusUrl") + "/refunds/network-fee")));

    assertThat(fee.getString("crypto")).isEqualTo("USDT");
    assertThat(new BigDecimal(fee.getString("amount"))).isEqualByComparingTo("1");
  }

  @Test
  void theSandboxsV1FaceWithdrawsByTheSameRules() {
    String order = "v1wd-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"token_id\":\""
            + USDT
            + "\",\"address\":\""
            + BUYER
            + "\",\"value\":\"0.5\",\"merchant_order_id\":\""
            + order
            + "\",\"merchant_pays_fee\":true}";

    JsonObject fee = json(paydesk.sandboxCall("network/fee", "{\"token_id\":\"" + USDT + "\"}"));
    JsonObject made = json(paydesk.sandboxCall("withdraw", body));
    JsonObject again = json(paydesk.sandboxCall("withdraw", body));
    JsonObject badAddress =
        json(
            paydesk.sandboxCall(
                "withdraw", body.replace(BUYER, "not an address").replace(order, order + "x")));
    JsonObject user = json(paydesk.sandboxCall("check/user", "{\"c_id\":\"9558861\"}"));

    assertThat(fee.getJsonObject("data").getString("fee")).isEqualTo("1");
    assertThat(made.getInt("code")).as(made.toString()).isEqualTo(10000);
    assertThat(made.getJsonObject("data").getString("net_receivable")).isEqualTo("0.5");
    assertThat(again.getInt("code")).as("one withdrawal per merchant order id").isEqualTo(11011);
    assertThat(badAddress.getInt("code")).isEqualTo(14007);
    assertThat(user.getJsonObject("data").getString("c_id")).isEqualTo("9558861");
    assertThat(
            ((JsonArray) PaydeskHttp.parse(paydesk.control("GET", "withdrawals", null).body()))
                .getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getString("orderId").equals(order)))
        .singleElement()
        .satisfies(w -> assertThat(w.getString("status")).isEqualTo("Success"));
  }

  @Test
  void aTimeOutAfterTheGatewayMadeTheWithdrawalIsFollowedUpAndNeverMadeTwice() {
    JsonObject checkout = paid("3.5");
    HttpResponse<String> armed =
        paydesk.control(
            "POST",
            "faults",
            "{\"kind\":\"TIMEOUT\",\"count\":1,\"endpoint\":\"v2/applyAppWithdrawToNetwork\"}");
    assertThat(armed.statusCode()).isEqualTo(204);

    HttpResponse<String> asked = refund(checkout, toBuyer("0.4"), UUID.randomUUID().toString());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonObject refund = json(asked);
    assertThat(refund.getString("status"))
        .as("no answer came in time: SENDING, unless the withdrawal's webhook already told")
        .isIn("SENDING", "PROCESSING", "SUCCEEDED");

    // the withdrawal's webhook, or the reconciliation timer, reads its record by merchant order id
    awaitRefund(checkout, refund.getString("id"), "SUCCEEDED");
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> withdrawalsOf(refund.getString("id")).size() == 1);
  }

  @Test
  void anEmptyBalanceIsAClearFailureAndARetryAfterTopUpSendsIt() {
    JsonObject checkout = paid("3.5");
    paydesk.control("PUT", "balances/" + USDT_COIN, "{\"available\":\"0.2\"}");

    JsonObject refund = json(refund(checkout, toBuyer("0.5"), UUID.randomUUID().toString()));

    assertThat(refund.getString("status")).isEqualTo("FAILED");
    assertThat(refund.getString("failure")).contains("14000").contains("BalanceInsufficient");
    assertThat(withdrawalsOf(refund.getString("id"))).isEmpty();
    paydesk.control("DELETE", "balances", null);
    HttpResponse<String> retried =
        paydesk.post(
            URI.create(
                checkout.getString("statusUrl") + "/refunds/" + refund.getString("id") + "/cancel"),
            "application/json",
            "",
            "Authorization",
            "Bearer " + PaydeskHttp.API_KEY);
    assertThat(json(retried).getString("status"))
        .as("the shop gives it up; its money is refundable again")
        .isEqualTo("CANCELLED");
    HttpResponse<String> anew = refund(checkout, toBuyer("0.5"), UUID.randomUUID().toString());
    assertThat(anew.statusCode()).as(anew.body()).isEqualTo(201);
  }

  @Test
  void aWithdrawalTheChainFailsShowsTheGatewaysReason() {
    JsonObject checkout = paid("3.5");
    paydesk.control(
        "POST",
        "faults",
        "{\"kind\":\"WITHDRAWAL_FAILS\",\"count\":1,\"endpoint\":\"v2/applyAppWithdrawToNetwork\"}");

    JsonObject refund = json(refund(checkout, toBuyer("0.5"), UUID.randomUUID().toString()));

    JsonObject failed = awaitRefund(checkout, refund.getString("id"), "FAILED");
    assertThat(failed.getString("failure")).contains("chain rejected");
    assertThat(withdrawalsOf(refund.getString("id"))).singleElement();

    // sent again as the same refund's next attempt: a new withdrawal, which goes out
    HttpResponse<String> retried =
        paydesk.post(
            URI.create(
                checkout.getString("statusUrl") + "/refunds/" + refund.getString("id") + "/retry"),
            "application/json",
            "",
            "Authorization",
            "Bearer " + PaydeskHttp.API_KEY);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    JsonObject sent = awaitRefund(checkout, refund.getString("id"), "SUCCEEDED");
    assertThat(sent.getInt("attempt")).isEqualTo(2);
    assertThat(withdrawalsOf(refund.getString("id")))
        .extracting(w -> w.getString("orderId") + " " + w.getString("status"))
        .containsExactlyInAnyOrder(
            "rf-" + refund.getString("id") + "-1 Failed",
            "rf-" + refund.getString("id") + "-2 Success");
  }

  @Test
  void anAddressTheChainCannotHaveIsRefusedBeforeAnythingIsAsked() {
    JsonObject checkout = paid("3.5");

    HttpResponse<String> asked =
        refund(
            checkout,
            "{\"amount\":\"0.5\",\"reason\":\"OVERPAYMENT\",\"destination\":{\"type\":\"ADDRESS\","
                + "\"address\":\"0x43fEeF6879286BBAC5082f17AD3dA55EE456B934\"}}",
            UUID.randomUUID().toString());

    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(422);
    assertThat(json(asked).getString("type"))
        .isEqualTo("urn:paydesk:problem:refund-invalid-destination");
    HttpResponse<String> listed =
        paydesk.shopGet(URI.create(checkout.getString("statusUrl") + "/refunds"));
    assertThat(PaydeskHttp.parse(listed.body()).asJsonArray()).isEmpty();
    HttpResponse<String> noReason =
        refund(
            checkout,
            Json.createObjectBuilder()
                .add("amount", "0.1")
                .add("reason", "GOODWILL")
                .build()
                .toString(),
            UUID.randomUUID().toString());
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(json(noReason).getString("detail")).contains("reason");
  }
}
