package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.webhook.WebhookVerifier.Delivery;
import dev.paydesk.ccpayment.webhook.WebhookVerifier.Rejected;
import dev.paydesk.ccpayment.webhook.WebhookVerifier.Verdict;
import dev.paydesk.ccpayment.webhook.WebhookVerifier.Verified;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final String APP_ID = "app-1";
  static final String SECRET = "secret-1";

  final WebhookVerifier verifier =
      new WebhookVerifier(APP_ID, SECRET, Duration.ofSeconds(300), Duration.ofSeconds(60), 1024);

  static Delivery signed(String body, Instant sentAt) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(sentAt);
    return new Delivery(
        APP_ID, timestamp, CcPaymentSignature.sign(APP_ID, SECRET, timestamp, bytes), bytes);
  }

  static void assertRejected(Verdict verdict, int status, String reason) {
    assertThat(verdict)
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.status()).isEqualTo(status);
              assertThat(r.reason()).contains(reason);
            });
  }

  @Test
  void acceptsASignedFreshWebhookAndParsesIt() {
    Verdict verdict = verifier.verify(signed("{\"record_id\":\"1\"}", NOW.minusSeconds(299)), NOW);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            Verified.class, v -> assertThat(v.body().getString("record_id")).isEqualTo("1"));
  }

  @Test
  void refusesABodyChangedAfterSigning() {
    Delivery original = signed("{\"paid_amount\":\"1\"}", NOW);
    Delivery tampered =
        new Delivery(
            APP_ID,
            original.timestamp(),
            original.sign(),
            "{\"paid_amount\":\"9\"}".getBytes(StandardCharsets.UTF_8));

    assertRejected(verifier.verify(tampered, NOW), 401, "Sign");
  }

  @Test
  void refusesAnotherAccountsAppid() {
    Delivery original = signed("{}", NOW);
    Delivery foreign =
        new Delivery("app-2", original.timestamp(), original.sign(), original.body());

    assertRejected(verifier.verify(foreign, NOW), 401, "Appid");
  }

  @Test
  void refusesAStaleOrFarFutureTimestamp() {
    assertRejected(verifier.verify(signed("{}", NOW.minusSeconds(301)), NOW), 401, "Timestamp");
    assertRejected(verifier.verify(signed("{}", NOW.plusSeconds(61)), NOW), 401, "Timestamp");
  }

  @Test
  void refusesAnOversizeBody() {
    assertRejected(
        verifier.verify(new Delivery(APP_ID, "1", "s", null), NOW), 413, "larger than 1024");
  }

  @Test
  void refusesASignedBodyThatIsNoJsonObject() {
    assertRejected(verifier.verify(signed("[1,2]", NOW), NOW), 400, "JSON object");
  }
}
