package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.checkoutJson;
import static dev.paydesk.app.PaydeskHttp.json;
import static dev.paydesk.app.PaydeskHttp.uniqueOrderId;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The create path on the production database: Payara Micro with the built WAR on a real PostgreSQL. */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
class CheckoutPostgresIT {

  @Deployment(testable = false)
  static WebArchive paydesk() {
    return PaydeskHttp.builtWar();
  }

  @ArquillianResource
  URL deployment;

  @Test
  void createsShowsAndReplaysACheckoutOnPostgresql() {
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
    assertThat(json(paydesk.get(URI.create(checkout.getString("statusUrl")))).getString("payAddress"))
        .isEqualTo(checkout.getString("payAddress"));

    paydesk.armFault("HTTP_500");
    String other = checkoutJson(uniqueOrderId("PG"), "1.00", PaydeskHttp.USDT_TRC20);
    assertThat(paydesk.createCheckout(other, key + "-2").statusCode()).isEqualTo(503);
    assertThat(paydesk.createCheckout(other, key + "-2").statusCode()).isEqualTo(201);

    HttpResponse<String> ready = paydesk.get(paydesk.root("health/ready"));
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("PostgreSQL");
  }
}
