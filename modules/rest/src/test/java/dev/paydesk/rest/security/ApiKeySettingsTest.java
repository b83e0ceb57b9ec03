package dev.paydesk.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.gateway.GatewayMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeySettingsTest {

  @Test
  void sandboxModeWithoutKeysTakesThePublishedTestKey() {
    ApiKeySettings sandbox = new ApiKeySettings(Optional.empty(), new GatewayMode("sandbox"));
    assertThat(sandbox.problems()).isEmpty();
    assertThat(sandbox.accepts(ApiKeySettings.SANDBOX_KEY)).isTrue();
    assertThat(sandbox.accepts("another")).isFalse();
    assertThat(sandbox.accepts(null)).isFalse();
  }

  @Test
  void liveModeRefusesThePublishedTestKey() {
    ApiKeySettings live =
        new ApiKeySettings(Optional.of("k-1, sandbox-shop-key"), new GatewayMode("live"));
    assertThat(live.problems()).singleElement().asString().contains("published");
    assertThat(new ApiKeySettings(Optional.of("k-1"), new GatewayMode("live")).problems())
        .isEmpty();
  }
}
