package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.checkoutJson;
import static dev.paydesk.app.PaydeskHttp.json;
import static dev.paydesk.app.PaydeskHttp.uniqueOrderId;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The create path on the production database: Payara Micro with the built WAR on a real PostgreSQL.
 */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
class CheckoutPostgresIT {

  @Deployment(testable = false)
  static WebArchive paydesk() {
    return PaydeskHttp.builtWar();
  }

  @ArquillianResource URL deployment;

  @Test
  void createsACheckoutAndAppliesItsPaymentsOnPostgresql() throws Exception {
    PaydeskHttp paydesk = new PaydeskHttp(deployment);
    String body = checkoutJson(uniqueOrderId("PG"), "250.00", PaydeskHttp.USDT_TRC20);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> created = paydesk.createCheckout(body, key);
    HttpResponse<String> replayed = paydesk.createCheckout(body, key);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject checkout = json(created);
    assertThat(checkout.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(checkout.getString("cryptoAmount")).isEqualTo("250");
    assertThat(json(replayed).getString("id")).isEqualTo(checkout.getString("id"));
    assertThat(
            json(paydesk.get(URI.create(checkout.getString("statusUrl")))).getString("payAddress"))
        .isEqualTo(checkout.getString("payAddress"));

    paydesk.armFault("HTTP_500");
    String other = checkoutJson(uniqueOrderId("PG"), "1.00", PaydeskHttp.USDT_TRC20);
    assertThat(paydesk.createCheckout(other, key + "-2").statusCode()).isEqualTo(503);
    assertThat(paydesk.createCheckout(other, key + "-2").statusCode()).isEqualTo(201);

    // the money path on PostgreSQL: twenty concurrent copies of one webhook count once
    JsonObject paying = paydesk.checkout("20.00", PaydeskHttp.USDT_TRC20, null);
    assertThat(
            PaydeskHttp.deliverConcurrently(
                paydesk, PaydeskHttp.notification(paying, "success", "20"), 20))
        .allSatisfy(a -> assertThat(a.body()).isEqualTo("success"));
    JsonObject paid = paydesk.reload(paying);
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getString("amountPaid")).isEqualTo("20");
    assertThat(paid.getJsonArray("payments")).hasSize(1);

    // a sandbox buyer's partial payment, by signed webhook with retries
    JsonObject partial = paydesk.checkout("10.00", PaydeskHttp.USDT_TRC20, 60L);
    paydesk.pay(partial, "{\"kind\":\"PARTIAL\",\"amount\":\"4\"}");
    paydesk.awaitStatus(partial, "UNDERPAID");

    // two expiry runs at once expire each due order once, with one timeline entry
    List<JsonObject> due = new ArrayList<>(List.of(partial));
    for (int i = 0; i < 4; i++) {
      due.add(paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, 60L));
    }
    String asOf = PaydeskHttp.asOf(Duration.ofMinutes(4));
    var first =
        CompletableFuture.supplyAsync(
            () -> paydesk.shopPost("api/v1/operations/expiry-runs", asOf));
    var second =
        CompletableFuture.supplyAsync(
            () -> paydesk.shopPost("api/v1/operations/expiry-runs", asOf));
    int expired = json(first.join()).getInt("expired") + json(second.join()).getInt("expired");
    assertThat(expired).isEqualTo(5);
    for (JsonObject order : due) {
      HttpResponse<String> timeline =
          paydesk.shopGet("api/v1/checkouts/" + order.getString("id") + "/timeline");
      assertThat(
              ((jakarta.json.JsonArray) PaydeskHttp.parse(timeline.body()))
                  .getValuesAs(JsonObject.class))
          .filteredOn(e -> e.getString("kind").equals("EXPIRED"))
          .as(timeline.body())
          .hasSize(1);
    }
    assertThat(paydesk.reload(partial).getString("status")).isEqualTo("EXPIRED_UNDERPAID");

    HttpResponse<String> ready = paydesk.get(paydesk.root("health/ready"));
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("PostgreSQL");
  }
}
