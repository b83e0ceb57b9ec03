package dev.paydesk.ccpayment.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CcPaymentEnvelopeTest {

  static final String APP = "app-1";
  static final String SECRET = "sec-2";
  static final String TS = "1700000000";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String signed(byte[] body) {
    return CcPaymentSignature.sign(APP, SECRET, TS, body);
  }

  @Test
  void trustsOnlyASignedSuccess() {
    byte[] body =
        utf8("{\"code\":10000,\"msg\":\"Success\",\"data\":{\"order_id\":\"42\"},\"extra\":1}");
    JsonObject data =
        CcPaymentEnvelope.open(body, APP, SECRET, APP, TS, signed(body)).asJsonObject();
    assertThat(data.getString("order_id")).isEqualTo("42");
  }

  @Test
  void aBusinessErrorBecomesARejectionWithCodeAndMessageEvenUnsigned() {
    byte[] body = utf8("{\"code\":11011,\"msg\":\"OrderDuplicate\",\"data\":null}");
    assertThatThrownBy(() -> CcPaymentEnvelope.open(body, APP, SECRET, null, null, null))
        .isInstanceOfSatisfying(
            GatewayRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(11011);
              assertThat(e.gatewayMessage()).isEqualTo("OrderDuplicate");
            });
  }

  @Test
  void aSuccessWithoutOrWithAWrongSignatureIsABadAnswer() {
    byte[] body = utf8("{\"code\":10000,\"msg\":\"success\",\"data\":{}}");
    assertBadAnswer(() -> CcPaymentEnvelope.open(body, APP, SECRET, APP, TS, null));
    assertBadAnswer(() -> CcPaymentEnvelope.open(body, APP, SECRET, APP, TS, "00".repeat(32)));
    assertBadAnswer(() -> CcPaymentEnvelope.open(body, APP, SECRET, "other-app", TS, signed(body)));
    assertBadAnswer(
        () -> CcPaymentEnvelope.open(body, APP, SECRET, APP, "1700000001", signed(body)));
  }

  @Test
  void unparsableBodiesAreBadAnswers() {
    assertBadAnswer(
        () -> CcPaymentEnvelope.open(utf8("<html>502</html>"), APP, SECRET, APP, TS, "x"));
    assertBadAnswer(() -> CcPaymentEnvelope.open(utf8("[1,2]"), APP, SECRET, APP, TS, "x"));
    assertBadAnswer(
        () -> CcPaymentEnvelope.open(utf8("{\"code\":\"10000\"}"), APP, SECRET, APP, TS, "x"));
  }

  static void assertBadAnswer(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            GatewayUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(GatewayUnavailableException.Reason.BAD_ANSWER));
  }
}
