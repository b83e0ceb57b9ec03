package dev.paydesk.ccpayment.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of the shared v2 notes (§3), byte for byte: computed there with python3's
 * {@code hmac} and cross-checked with {@code printf '%s' … | openssl dgst -sha256 -hmac
 * test_app_secret_0001}.
 */
class CcPaymentV2SignatureTest {

  static final String APP_ID = "test_app_id_0001";
  static final String SECRET = "test_app_secret_0001";
  static final String TIMESTAMP = "1710234197";

  static final String WEBHOOK =
      "{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\"20240312090316119190942031876096\","
          + "\"orderId\":\"order_20240312_001\",\"coinId\":1280,\"coinSymbol\":\"USDT\","
          + "\"status\":\"Success\",\"isFlaggedAsRisky\":false}}";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"orderId\":\"order_20240312_001\",\"coinId\":1280,\"chain\":\"POLYGON\",\"price\":\"10\","
            + "\"fiatId\":1033,\"expiredAt\":1710235997}`"
            + "|7aa267502a68d581069c8842375ea0c66c731c7265475664cfcb23930634d439",
        "`{\"orderId\":\"order_20240312_001\"}`"
            + "|dc5d680c885236a5b0c330807d2ec6839d32a5789e48cc54a7f173a59fef800b",
        "``|c6d32a744383ab479376370edce3ae080e019ccb7042d9a36e2475e586931328",
        "`{}`|0334b52da54215eb0b203382b0010aa4bf430226d48f42f5a6c4033c2b368f99",
        "`{\"type\":\"ActivateWebhookURL\",\"msg\":{}}`"
            + "|e9cb78ef61fb68041cd6c5a21eaf5bdbef4f3acbb0f2d6835aa251d9feb96389"
      })
  void signsTheNotesWorkedExamples(String body, String sign) {
    assertThat(CcPaymentV2Signature.sign(APP_ID, SECRET, TIMESTAMP, utf8(body))).isEqualTo(sign);
  }

  @Test
  void signsAWebhookOverItsRawBytesAndNotItsJson() {
    String spaced = WEBHOOK.replace(",", ", ").replace(":", ": ");

    assertThat(CcPaymentV2Signature.sign(APP_ID, SECRET, TIMESTAMP, utf8(WEBHOOK)))
        .isEqualTo("5e97e3990d28e0f2b9b6a24f4bd12c6259dd4f5480af718d57993e1d4b77f8f7");
    assertThat(utf8(spaced)).hasSize(198);
    assertThat(CcPaymentV2Signature.sign(APP_ID, SECRET, TIMESTAMP, utf8(spaced)))
        .isEqualTo("8ddd560712afa140eac44f14f2519f228e79ab15c7be2cda304c51d5de425f3f");
  }

  @Test
  void anEmptyBodyAndNoBodySignAlike() {
    assertThat(CcPaymentV2Signature.sign(APP_ID, SECRET, TIMESTAMP, null))
        .isEqualTo(CcPaymentV2Signature.sign(APP_ID, SECRET, TIMESTAMP, new byte[0]));
  }

  @Test
  void verifiesInAnyCaseAndRefusesAnythingElse() {
    byte[] body = utf8(WEBHOOK);
    String sign = "5e97e3990d28e0f2b9b6a24f4bd12c6259dd4f5480af718d57993e1d4b77f8f7";

    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, TIMESTAMP, body, sign)).isTrue();
    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, TIMESTAMP, body, sign.toUpperCase()))
        .isTrue();
    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, "1710234198", body, sign)).isFalse();
    assertThat(CcPaymentV2Signature.verify("other_app", SECRET, TIMESTAMP, body, sign)).isFalse();
    assertThat(CcPaymentV2Signature.verify(APP_ID, "other_secret", TIMESTAMP, body, sign))
        .isFalse();
    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, TIMESTAMP, utf8(WEBHOOK + " "), sign))
        .isFalse();
    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, TIMESTAMP, body, null)).isFalse();
    assertThat(CcPaymentV2Signature.verify(APP_ID, SECRET, TIMESTAMP, body, "")).isFalse();
  }

  @Test
  void isNotV1sFormula() {
    // v1: sha256(appId + appSecret + timestamp + body), the notes' contrast example
    assertThat(
            CcPaymentSignature.sign(
                APP_ID, SECRET, TIMESTAMP, utf8("{\"orderId\":\"order_20240312_001\"}")))
        .isEqualTo("2c9b26297f91ba74fc1b01e203af018685a886d3b3cb8437c9ca3afea2387668");
  }
}
