package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A merchant moves an install from CCPayment v1 to v2 (issue 21): one database, first a Paydesk on
 * v1, then the same database under a Paydesk on v2. Open v1 orders keep working to the end (paid
 * through v1's webhook, expired after asking v1), new orders go to v2, and the shop sees the same
 * API throughout.
 */
class CcPaymentVersionSwitchIT {

  static final int PORT = 8383;

  @Test
  void openV1OrdersRunOutOnV1WhileNewOrdersGoToV2() {
    Path dir =
        Path.of(System.getProperty("paydesk.war")).resolveSibling("switch-" + UUID.randomUUID());
    String database =
        "-Dpaydesk.db.url=jdbc:h2:file:" + dir.resolve("paydesk").toAbsolutePath() + ";MODE=LEGACY";
    JsonObject paidAfterTheSwitch;
    JsonObject expiringAfterTheSwitch;
    try (PaydeskInstance v1 = PaydeskInstance.start(PORT, database, "-Dpaydesk.ccpayment.api=v1")) {
      PaydeskHttp paydesk = new PaydeskHttp(v1.url());
      paidAfterTheSwitch = paydesk.checkout("5.00", PaydeskHttp.USDT_TRC20, null);
      expiringAfterTheSwitch = paydesk.checkout("6.00", PaydeskHttp.USDT_TRC20, 600L);
      assertThat(paidAfterTheSwitch.getString("ccpaymentApi")).isEqualTo("v1");
    }

    try (PaydeskInstance v2 = PaydeskInstance.start(PORT, database, "-Dpaydesk.ccpayment.api=v2")) {
      PaydeskHttp paydesk = new PaydeskHttp(v2.url());

      JsonObject fresh = paydesk.checkout("7.00", "USDT.TRX", null);
      assertThat(fresh.getString("ccpaymentApi")).isEqualTo("v2");

      // the v1 order is paid through v1's webhook, verified with v1's signature
      paydesk.pay(paidAfterTheSwitch, "{\"kind\":\"FULL\"}");
      JsonObject paid = paydesk.awaitStatus(paidAfterTheSwitch, "PAID");
      assertThat(paid.getString("ccpaymentApi")).isEqualTo("v1");
      assertThat(paid.getJsonArray("payments")).hasSize(1);

      // check now asks v1's bill/info about it, and finds nothing new
      HttpResponse<String> checked =
          paydesk.shopPost("api/v1/checkouts/" + paid.getString("id") + "/reconcile", "");
      assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
      assertThat(PaydeskHttp.json(checked).getJsonArray("payments")).hasSize(1);

      // past its expiry, the unpaid v1 order expires (after asking v1), and so does a v2 one
      JsonObject unpaidV2 = paydesk.checkout("8.00", "USDT.TRX", 600L);
      HttpResponse<String> run =
          paydesk.shopPost(
              "api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(30)));
      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
      assertThat(paydesk.reload(expiringAfterTheSwitch).getString("status")).isEqualTo("EXPIRED");
      assertThat(paydesk.reload(unpaidV2).getString("status")).isEqualTo("EXPIRED");

      // a v2 payment after expiry, while CCPayment still watches the address, is paid late
      paydesk.pay(unpaidV2, "{\"kind\":\"FULL\"}");
      paydesk.awaitStatus(unpaidV2, "PAID_LATE");
    }
  }
}
