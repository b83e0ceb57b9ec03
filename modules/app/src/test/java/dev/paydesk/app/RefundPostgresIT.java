package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds on the production database where more than one process is involved (issue 23): two
 * instances following the same stalled refunds, and an instance killed between asking CCPayment for
 * the withdrawal and recording its answer. Counted is what the sandbox made: one withdrawal per
 * refund, whatever happened.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class RefundPostgresIT {

  static final int REFUNDS = 8;

  /** Webhooks go nowhere: only the reconciliation timer can learn what became of a withdrawal. */
  static final String NO_WEBHOOKS = "-Dpaydesk.sandbox.webhook-url-v2=http://127.0.0.1:9/nowhere";

  static JsonObject overpaid(PaydeskHttp via) {
    JsonObject checkout = via.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
    via.pay(checkout, "{\"kind\":\"OVER\",\"amount\":\"3.5\"}");
    return via.awaitStatus(checkout, "OVERPAID");
  }

  static HttpResponse<String> askRefund(PaydeskHttp via, JsonObject checkout) {
    return via.post(
        via.uri("api/v1/checkouts/" + checkout.getString("id") + "/refunds"),
        "application/json",
        RefundIT.toBuyer("0.5"),
        "Authorization",
        "Bearer " + PaydeskHttp.API_KEY,
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  static JsonObject refund(PaydeskHttp via, JsonObject checkout, String refundId) {
    return json(
        via.shopGet(
            via.uri("api/v1/checkouts/" + checkout.getString("id") + "/refunds/" + refundId)));
  }

  static List<JsonObject> withdrawals(PaydeskHttp via, String refundId) {
    return ((JsonArray) PaydeskHttp.parse(via.control("GET", "withdrawals", null).body()))
        .getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getString("orderId").startsWith("rf-" + refundId + "-"))
            .toList();
  }

  @Test
  void twoInstancesFollowingTheSameStalledRefundsMakeOneWithdrawalEach() throws Exception {
    String[] racing = {
      ReliabilityPostgresIT.freshDatabase("refundpair"),
      NO_WEBHOOKS,
      "-Dpaydesk.reconciliation.every=PT1S"
    };
    try (PaydeskInstance a = PaydeskInstance.start(8181, racing);
        PaydeskInstance b = PaydeskInstance.start(8182, racing)) {
      PaydeskHttp onA = new PaydeskHttp(a.url());
      PaydeskHttp onB = new PaydeskHttp(b.url());
      // while CCPayment fails every withdrawal (HTTP 500, nothing made), refunds stay SENDING
      String fault =
          "{\"kind\":\"HTTP_500\",\"count\":1000,\"endpoint\":\"v2/applyAppWithdrawToNetwork\"}";
      assertThat(onA.control("POST", "faults", fault).statusCode()).isEqualTo(204);
      assertThat(onB.control("POST", "faults", fault).statusCode()).isEqualTo(204);
      List<JsonObject> checkouts = new ArrayList<>();
      List<String> refundIds = new ArrayList<>();
      for (int i = 0; i < REFUNDS; i++) {
        JsonObject checkout = overpaid(onA);
        HttpResponse<String> asked = askRefund(onA, checkout);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(json(asked).getString("status")).isEqualTo("SENDING");
        checkouts.add(checkout);
        refundIds.add(json(asked).getString("id"));
      }

      // CCPayment answers again: both instances' timers (every second, on the clock's beat) find
      // the refunds in SENDING, read no record, and ask again under the same merchant order ids
      onA.control("DELETE", "faults", null);
      onB.control("DELETE", "faults", null);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (int i = 0; i < REFUNDS; i++) {
                  if (!refund(onA, checkouts.get(i), refundIds.get(i))
                      .getString("status")
                      .equals("SUCCEEDED")) {
                    return false;
                  }
                }
                return true;
              });
      for (String refundId : refundIds) {
        assertThat(withdrawals(onA, refundId)).as(refundId).hasSize(1);
      }
      // refunds asked at once over both instances never take more than the overpaid part (0.5)
      JsonObject contested = overpaid(onA);
      List<CompletableFuture<Integer>> concurrent = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        PaydeskHttp via = i % 2 == 0 ? onA : onB;
        concurrent.add(
            CompletableFuture.supplyAsync(
                () ->
                    via.post(
                            via.uri("api/v1/checkouts/" + contested.getString("id") + "/refunds"),
                            "application/json",
                            RefundIT.toBuyer("0.2"),
                            "Authorization",
                            "Bearer " + PaydeskHttp.API_KEY,
                            "Idempotency-Key",
                            UUID.randomUUID().toString())
                        .statusCode()));
      }
      List<Integer> answers = concurrent.stream().map(CompletableFuture::join).toList();
      assertThat(answers).filteredOn(c -> c == 201).hasSize(2);
      assertThat(answers).filteredOn(c -> c == 422).hasSize(4);

      // what that rests on: CCPayment (here the sandbox, one table behind both instances) makes
      // one withdrawal per merchant order id however many ask for it at once
      String orderId = "race-" + UUID.randomUUID();
      String body =
          "{\"orderId\":\""
              + orderId
              + "\",\"coinId\":1280,\"chain\":\"TRX\",\"address\":\""
              + RefundIT.BUYER
              + "\",\"amount\":\"0.1\",\"merchantPayNetworkFee\":true}";
      List<CompletableFuture<JsonObject>> asks = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        PaydeskHttp via = i % 2 == 0 ? onA : onB;
        asks.add(
            CompletableFuture.supplyAsync(
                () -> json(via.sandboxV2Call("applyAppWithdrawToNetwork", body))));
      }
      List<Integer> codes = asks.stream().map(f -> f.join().getInt("code")).toList();
      assertThat(codes).filteredOn(c -> c == 10000).hasSize(1);
      assertThat(codes).filteredOn(c -> c == 11011).hasSize(9);
      assertThat(
              ((JsonArray) PaydeskHttp.parse(onB.control("GET", "withdrawals", null).body()))
                  .getValuesAs(JsonObject.class).stream()
                      .filter(w -> w.getString("orderId").equals(orderId)))
          .hasSize(1);
      // how often the two raced (a figure, not a promise: the timers may take turns)
      String logs = a.output() + b.output();
      System.out.printf(
          "refunds followed by two instances: %d refunds, %d withdrawals, %d second asks refused"
              + " as OrderDuplicate%n",
          REFUNDS,
          refundIds.stream().mapToInt(r -> withdrawals(onA, r).size()).sum(),
          logs.split("OrderDuplicate", -1).length - 1);
    }
  }

  @Test
  void anInstanceKilledBetweenAskingAndRecordingLeavesOneWithdrawalThatTheRestartFinds()
      throws Exception {
    String database = ReliabilityPostgresIT.freshDatabase("refundcrash");
    String[] waiting = {
      database,
      NO_WEBHOOKS,
      "-Dpaydesk.sandbox.slow-answer-delay=PT60S",
      "-Dccpayment-v2/mp-rest/readTimeout=90000"
    };
    JsonObject checkout;
    String refundId;
    try (PaydeskInstance doomed = PaydeskInstance.start(8181, waiting)) {
      PaydeskHttp before = new PaydeskHttp(doomed.url());
      checkout = overpaid(before);
      before.control(
          "POST",
          "faults",
          "{\"kind\":\"TIMEOUT\",\"count\":1,\"endpoint\":\"v2/applyAppWithdrawToNetwork\"}");
      CompletableFuture<HttpResponse<String>> asking =
          CompletableFuture.supplyAsync(() -> askRefund(before, checkout));
      // the withdrawal is made at CCPayment; Paydesk still waits for the answer
      JsonArray listed =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      (JsonArray)
                          PaydeskHttp.parse(
                              before
                                  .shopGet(
                                      before.uri(
                                          "api/v1/checkouts/"
                                              + checkout.getString("id")
                                              + "/refunds"))
                                  .body()),
                  l -> !l.isEmpty() && "SENDING".equals(l.getJsonObject(0).getString("status")));
      refundId = listed.getJsonObject(0).getString("id");
      String id = refundId;
      await().atMost(Duration.ofSeconds(20)).until(() -> withdrawals(before, id).size() == 1);
      doomed.kill();
      assertThat(asking.handle((r, e) -> r == null).get())
          .as("the shop's request died with the instance")
          .isTrue();
    }

    try (PaydeskInstance restarted =
        PaydeskInstance.start(8181, database, NO_WEBHOOKS, "-Dpaydesk.reconciliation.every=PT1S")) {
      PaydeskHttp after = new PaydeskHttp(restarted.url());
      String id = refundId;
      JsonObject sent =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> refund(after, checkout, id),
                  r -> r.getString("status").equals("SUCCEEDED"));
      assertThat(sent.getInt("attempt")).isEqualTo(1);
      assertThat(withdrawals(after, id)).hasSize(1);
      assertThat(
              after
                  .shopGet(after.uri("api/v1/checkouts/" + checkout.getString("id") + "/timeline"))
                  .body())
          .contains("sent: 0.5 USDT");
    }
  }
}
