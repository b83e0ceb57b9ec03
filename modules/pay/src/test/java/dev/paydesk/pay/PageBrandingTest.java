package dev.paydesk.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageBrandingTest {

  static PageBranding branding(String logo, String accent) {
    return new PageBranding(Optional.of(" Acme Coffee "), Optional.ofNullable(logo), accent);
  }

  @ParameterizedTest(name = "{0} → text {1}")
  @CsvSource({
    "#0f766e, #ffffff",
    "#000000, #ffffff",
    "#ffffff, #111827",
    "#fde047, #111827",
    "#1d4ed8, #ffffff"
  })
  void textOnTheAccentIsWhicheverContrastsMore(String accent, String text) {
    assertThat(branding(null, accent).onAccent()).isEqualTo(text);
  }

  @Test
  void anAccentThatIsNotAColourFallsBackToTheDefault() {
    assertThat(branding(null, "red; background:url(x)").accent())
        .isEqualTo(PageBranding.DEFAULT_ACCENT);
    assertThat(branding(null, "#ABCDEF").accent()).isEqualTo("#abcdef");
  }

  @Test
  void theLogosHostIsAllowedByThePolicyAndNothingElse() {
    PageBranding remote = branding("https://CDN.shop.example:8443/logo.svg", "#0f766e");
    assertThat(remote.logoOrigin()).contains("https://cdn.shop.example:8443");
    assertThat(remote.storeName()).contains("Acme Coffee");

    PageBranding local = branding("/paydesk/pay-assets/logo.png", "#0f766e");
    assertThat(local.logo()).isPresent();
    assertThat(local.logoOrigin()).as("served from here: 'self' covers it").isEmpty();

    for (String unsafe :
        new String[] {"javascript:alert(1)", "//evil.example/x.png", "data:image/png;base64,AA"}) {
      assertThat(branding(unsafe, "#0f766e").logo()).as(unsafe).isEmpty();
    }
  }
}
