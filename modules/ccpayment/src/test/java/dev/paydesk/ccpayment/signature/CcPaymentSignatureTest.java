package dev.paydesk.ccpayment.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Expected values were computed outside Java: {@code printf '%s' 'appId+secret+ts+body' |
 * sha256sum}.
 */
class CcPaymentSignatureTest {

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void signsTheConcatenationOfAppIdSecretTimestampAndBody() {
    assertThat(
            CcPaymentSignature.sign(
                "app-1",
                "sec-2",
                "1677152490",
                utf8("{\"merchant_order_id\":\"A-1001\",\"product_price\":\"0.50\"}")))
        .isEqualTo("459d37e749ca6408259733bbccf09d464523e79e0d7437f8675a94eb2f84054a");
  }

  @Test
  void signsAnEmptyBody() {
    assertThat(
            CcPaymentSignature.sign(
                "sandbox-app-id", "sandbox-app-secret", "1700000000", new byte[0]))
        .isEqualTo("4a13bcda79c00f67774a77a5ef3551f0172d29a95ee70a410586293bcf74268a");
  }

  @Test
  void signsNonAsciiBodiesAsUtf8Bytes() {
    assertThat(
            CcPaymentSignature.sign("app-1", "sec-2", "1677152490", utf8("{\"remark\":\"café\"}")))
        .isEqualTo("62a403d78b468d3a0ea0f47a3dc6caa505e1e953948e3cc5ebab9282e1917466");
  }

  @Test
  void verifiesAResponseSignatureAndRejectsAnyChange() {
    byte[] body =
        utf8(
            "{\"code\":10000,\"msg\":\"success\",\"data\":{\"order_id\":\"x\",\"amount\":\"1.5\"}}");
    String sign = "f6440e8e8397548a04d2f09dfa10c1da579bf65f1260d2769cfcdae4496848e4";
    String appId = "202302010636261620672405236006912";
    assertThat(CcPaymentSignature.verify(appId, "s3cr3t", "1677152490", body, sign)).isTrue();
    assertThat(CcPaymentSignature.verify(appId, "s3cr3t", "1677152490", body, sign.toUpperCase()))
        .isTrue();
    assertThat(CcPaymentSignature.verify(appId, "s3cr3t", "1677152491", body, sign)).isFalse();
    assertThat(CcPaymentSignature.verify(appId, "other", "1677152490", body, sign)).isFalse();
    body[body.length - 3] = '6';
    assertThat(CcPaymentSignature.verify(appId, "s3cr3t", "1677152490", body, sign)).isFalse();
    assertThat(CcPaymentSignature.verify(appId, "s3cr3t", "1677152490", body, null)).isFalse();
  }

  @Test
  void timestampsAreTenDigitSecondsWithinTheWindow() {
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    assertThat(CcPaymentSignature.timestamp(now)).isEqualTo("1700000000");
    Duration back = Duration.ofMinutes(2);
    Duration ahead = Duration.ofMinutes(1);
    assertThat(CcPaymentSignature.isFresh("1700000000", now, back, ahead)).isTrue();
    assertThat(CcPaymentSignature.isFresh("1699999880", now, back, ahead)).isTrue();
    assertThat(CcPaymentSignature.isFresh("1699999879", now, back, ahead)).isFalse();
    assertThat(CcPaymentSignature.isFresh("1700000061", now, back, ahead)).isFalse();
    assertThat(CcPaymentSignature.isFresh("1700000000000", now, back, ahead))
        .as("milliseconds")
        .isFalse();
    assertThat(CcPaymentSignature.isFresh("abc", now, back, ahead)).isFalse();
  }
}
