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
        new ApiKeySettings(Optional.of(STRONG + ", sandbox-shop-key"), new GatewayMode("live"));
    assertThat(live.problems()).singleElement().asString().contains("published");
    assertThat(new ApiKeySettings(Optional.of(STRONG), new GatewayMode("live")).problems())
        .isEmpty();
  }

  static final String STRONG = "3f9a0c7e21b84d56a9e0f1c2b3d4e5f6a7";

  @Test
  void liveModeRefusesAWeakKeyNamingItsPlaceNotTheKey() {
    ApiKeySettings weak =
        new ApiKeySettings(Optional.of(STRONG + ",shop-key-2026"), new GatewayMode("live"));
    assertThat(weak.problems())
        .singleElement()
        .asString()
        .contains("key 2")
        .contains("32 characters")
        .doesNotContain("shop-key-2026");
    assertThat(
            new ApiKeySettings(
                    Optional.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), new GatewayMode("live"))
                .problems())
        .singleElement()
        .asString()
        .contains("different characters");
  }
}
