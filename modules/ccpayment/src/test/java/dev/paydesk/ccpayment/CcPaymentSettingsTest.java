package dev.paydesk.ccpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.gateway.GatewayMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class CcPaymentSettingsTest {

  public static CcPaymentSettings settings(String mode, String appId, String secret, String url) {
    return new CcPaymentSettings(
        new GatewayMode(mode),
        Optional.ofNullable(appId),
        Optional.ofNullable(secret),
        "sandbox-app-id",
        "sandbox-app-secret",
        Optional.ofNullable(url));
  }

  @Test
  void sandboxModeNeedsNothing() {
    CcPaymentSettings settings =
        settings("sandbox", null, null, "http://localhost:8080/paydesk/sandbox/ccpayment/v1");
    assertThat(settings.problems()).isEmpty();
    assertThat(settings.appId()).isEqualTo("sandbox-app-id");
  }

  @Test
  void liveModeWithoutCredentialsNamesEveryMissingSetting() {
    CcPaymentSettings settings =
        settings("live", null, " ", "http://localhost:8080/paydesk/sandbox/ccpayment/v1");
    assertThat(settings.problems()).hasSize(3);
    assertThat(String.join("\n", settings.problems()))
        .contains("paydesk.ccpayment.app-id", "PAYDESK_CCPAYMENT_APP_ID")
        .contains("paydesk.ccpayment.app-secret", "PAYDESK_CCPAYMENT_APP_SECRET")
        .contains("paydesk.ccpayment.base-url", "https://admin.ccpayment.com/ccpayment/v1");
  }

  @Test
  void liveModeWithCredentialsStarts() {
    CcPaymentSettings settings =
        settings("LIVE", "2023020106", "s3cr3t", CcPaymentSettings.LIVE_URL);
    assertThat(settings.problems()).isEmpty();
    assertThat(settings.appId()).isEqualTo("2023020106");
  }

  @Test
  void liveModeRefusesTheSandboxsPublishedCredentials() {
    assertThat(settings("live", "sandbox-app-id", "s3cr3t", CcPaymentSettings.LIVE_URL).problems())
        .singleElement()
        .asString()
        .contains("published");
    assertThat(
            settings("live", "2023020106", "sandbox-app-secret", CcPaymentSettings.LIVE_URL)
                .problems())
        .singleElement()
        .asString()
        .contains("paydesk.ccpayment.app-secret");
  }

  @Test
  void anUnknownModeIsRefused() {
    assertThatThrownBy(() -> settings("test", null, null, null))
        .hasMessageContaining("sandbox or live");
  }
}
