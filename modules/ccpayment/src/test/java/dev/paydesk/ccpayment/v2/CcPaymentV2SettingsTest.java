package dev.paydesk.ccpayment.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.ccpayment.CcPaymentSettings;
import dev.paydesk.ccpayment.CcPaymentSettingsTest;
import dev.paydesk.domain.gateway.GatewayApi;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CcPaymentV2SettingsTest {

  static CcPaymentV2Settings v2(
      CcPaymentSettings v1, String api, String appId, String secret, String url) {
    return new CcPaymentV2Settings(
        v1,
        new GatewayApiChoice(api),
        Optional.ofNullable(appId),
        Optional.ofNullable(secret),
        Optional.ofNullable(url));
  }

  @Test
  void v2UsesTheAccountsOneAppIdAndSecretUnlessToldOtherwise() {
    CcPaymentSettings v1 =
        CcPaymentSettingsTest.settings("live", "2023020106", "s3cr3t", CcPaymentSettings.LIVE_URL);
    CcPaymentV2Settings same = v2(v1, "v2", null, " ", CcPaymentV2Settings.LIVE_URL);
    assertThat(same.appId()).isEqualTo("2023020106");
    assertThat(same.appSecret()).isEqualTo("s3cr3t");
    assertThat(same.problems()).isEmpty();

    CcPaymentV2Settings own = v2(v1, "v2", "app-v2", "secret-v2", CcPaymentV2Settings.LIVE_URL);
    assertThat(own.appId()).isEqualTo("app-v2");
    assertThat(own.appSecret()).isEqualTo("secret-v2");
  }

  @Test
  void liveOnV2RefusesToStartAgainstTheSandboxAndNamesTheSetting() {
    CcPaymentSettings v1 =
        CcPaymentSettingsTest.settings("live", "2023020106", "s3cr3t", CcPaymentSettings.LIVE_URL);
    assertThat(
            v2(v1, "v2", null, null, "http://localhost:8080/paydesk/sandbox/ccpayment/v2")
                .problems())
        .singleElement()
        .asString()
        .contains("paydesk.ccpayment.v2.base-url", CcPaymentV2Settings.LIVE_URL);
    assertThat(v2(v1, "v1", null, null, null).problems())
        .as("nothing is asked of v2 while new orders use v1")
        .isEmpty();
  }

  @Test
  void anApiVersionOtherThanV1OrV2IsAStartProblem() {
    GatewayApiChoice choice = new GatewayApiChoice("V3");
    assertThat(choice.problems())
        .singleElement()
        .asString()
        .contains("paydesk.ccpayment.api", "PAYDESK_CCPAYMENT_API", "'V3'");
    assertThat(new GatewayApiChoice(" V2 ").forNewOrders()).isEqualTo(GatewayApi.V2);
    assertThat(new GatewayApiChoice("v1").problems()).isEmpty();
  }
}
