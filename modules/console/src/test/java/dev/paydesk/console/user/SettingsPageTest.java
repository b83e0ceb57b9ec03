package dev.paydesk.console.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsPageTest {

  @Test
  void masksEverySecretByItsName() {
    assertThat(SettingsPage.isSecret("paydesk.ccpayment.app-secret")).isTrue();
    assertThat(SettingsPage.isSecret("paydesk.sandbox.app-secret")).isTrue();
    assertThat(SettingsPage.isSecret("paydesk.db.password")).isTrue();
    assertThat(SettingsPage.isSecret("paydesk.console.initial-admin-password")).isTrue();
    assertThat(SettingsPage.isSecret("paydesk.api.keys")).isTrue();
  }

  @Test
  void showsWhatIsNoSecret() {
    assertThat(SettingsPage.isSecret("paydesk.gateway.mode")).isFalse();
    assertThat(SettingsPage.isSecret("paydesk.db.url")).isFalse();
    assertThat(SettingsPage.isSecret("paydesk.ccpayment.app-id")).isFalse();
  }

  @Test
  void hidesAPasswordInsideAUrl() {
    assertThat(
            SettingsPage.withoutInlinePassword(
                "jdbc:postgresql://db/paydesk?user=p&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/paydesk?user=p&password=••••••&ssl=true");
  }
}
