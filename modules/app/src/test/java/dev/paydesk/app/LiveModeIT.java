package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.checkoutJson;
import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Live mode, with credentials but a CCPayment that cannot be reached (the failsafe execution "live"
 * points it at a closed local port): the sandbox does not exist, and a shop gets a clear 503 that
 * stores nothing.
 */
class LiveModeIT extends PaydeskContainerTest {

  @Test
  void theSandboxIsGoneAndAnUnreachableGatewayIsAClear503() {
    for (String path : List.of("sandbox/ccpayment/v1/coin/all", "sandbox/control/faults")) {
      assertThat(paydesk.post(paydesk.uri(path), "application/json", "{}").statusCode())
          .as(path)
          .isEqualTo(404);
    }

    String body = checkoutJson(PaydeskHttp.uniqueOrderId("L"), "10.00", PaydeskHttp.USDT_TRC20);
    HttpResponse<String> refused = paydesk.createCheckout(body, UUID.randomUUID().toString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    JsonObject problem = json(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:paydesk:problem:gateway-unavailable");
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    // the create above already tried CCPayment: readiness reads that, and says why in one word
    HttpResponse<String> ready = paydesk.get(paydesk.root("health/ready"));
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body())
        .containsPattern("ccpayment\"?\\s*:\\s*\"DOWN[^\"]* error=[a-z_]+[ \"]")
        .contains("mode=live")
        .doesNotContain("it-live-secret")
        .doesNotContain("127.0.0.1")
        .doesNotContainIgnoringCase("refused");

    HttpResponse<String> noKey =
        paydesk.post(
            paydesk.uri("api/v1/checkouts"),
            "application/json",
            body,
            "Authorization",
            "Bearer sandbox-shop-key");
    assertThat(noKey.statusCode()).as("the sandbox key means nothing in live mode").isEqualTo(401);
  }
}
