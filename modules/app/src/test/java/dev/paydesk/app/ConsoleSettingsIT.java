package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.paydesk.application.user.TwoFactorService;
import dev.paydesk.client.event.ShopEvents;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a merchant changes in the console without a restart, and two-factor sign-in, in a real
 * browser against the lane's shared server. Every setting a test changes is set back to the
 * configuration file's value before it ends: the other classes of the lane read them.
 */
class ConsoleSettingsIT extends SharedPaydeskTest {

  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final String PASSWORD = "a-long-enough-password";

  static ConsoleBrowser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = ConsoleBrowser.start(deployment);
    }
    browser.driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  void asAdmin() {
    browser.signedInAs("admin", ConsolePageIT.ADMIN_PASSWORD);
  }

  void addUser(String username, String role) {
    asAdmin();
    browser.open("console/admin/users.xhtml");
    browser.type(By.id("add:username"), username);
    browser.type(By.id("add:password"), PASSWORD);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("add:role")))
        .selectByValue(role);
    browser.submit(By.id("add:create"));
    browser.waitForText(By.id("users"), username);
  }

  HttpResponse<String> checkoutWith(String key) {
    String body =
        PaydeskHttp.checkoutJson(PaydeskHttp.uniqueOrderId("KEY"), "5.00", PaydeskHttp.USDT_TRC20);
    return paydesk.post(
        paydesk.uri("api/v1/checkouts"),
        "application/json",
        body,
        "Authorization",
        "Bearer " + key,
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  @Test
  void anAdminMakesAShopApiKeyThatWorksAtOnceAndStopsWorkingWhenRevoked() {
    asAdmin();
    browser.open("console/admin/settings.xhtml");
    browser.type(By.id("newKeyForm:keyName"), "web shop " + RUN);
    browser.submit(By.id("newKeyForm:create"));
    String key = browser.text(By.id("newKey"));
    assertThat(key).startsWith("pdk_").hasSizeGreaterThan(40);
    browser.screenshot("settings-key-made");

    HttpResponse<String> created = checkoutWith(key);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    browser.open("console/admin/settings.xhtml");
    assertThat(browser.driver.getPageSource())
        .as("the key is shown once, never again")
        .doesNotContain(key);
    String row = rowOf("keys:list", "web shop " + RUN);
    assertThat(row).contains("pdk_…" + key.substring(key.length() - 4)).doesNotContain("never");

    browser
        .driver
        .findElement(By.xpath("//tr[contains(., 'web shop " + RUN + "')]//button"))
        .click();
    browser.waitForText(By.id("keys:list"), "Revoked");
    assertThat(checkoutWith(key).statusCode()).isEqualTo(401);
    assertThat(browser.text(By.id("changes-card"))).doesNotContain(key);
  }

  @Test
  void brandingValidityAndToleranceChangedInTheConsoleCountFromTheNextCheckout() {
    asAdmin();
    try {
      browser.open("console/admin/settings.xhtml");
      browser.type(By.id("branding:storeName"), "Harbour Tea " + RUN);
      browser.type(By.id("branding:accent"), "#7c3aed");
      browser.submit(By.id("branding:save"));
      browser.waitForText(By.id("messages"), "look is saved");
      browser.type(By.id("payments:validMinutes"), "45");
      browser.type(By.id("payments:percent"), "101");
      browser.submit(By.id("payments:save"));
      browser.waitForText(By.id("messages"), "below 100");
      assertThat(browser.text(By.id("changes-card")))
          .as("a refused form changes nothing")
          .doesNotContain("PT45M");
      browser.type(By.id("payments:percent"), "2");
      browser.submit(By.id("payments:save"));
      browser.waitForText(By.id("messages"), "saved");
      browser.screenshot("settings-saved");
      assertThat(browser.text(By.id("changes-card")))
          .contains("paydesk.pay.store-name", "Harbour Tea " + RUN, "PT45M", "admin");

      JsonObject checkout = paydesk.checkout("12.00", PaydeskHttp.USDT_TRC20, null);
      Duration offered =
          Duration.between(
              Instant.parse(checkout.getString("createdAt")),
              Instant.parse(checkout.getString("expiresAt")));
      assertThat(offered).isBetween(Duration.ofMinutes(44), Duration.ofMinutes(46));

      browser.open(
          URI.create(checkout.getString("checkoutUrl"))
              .toString()
              .replace(PaydeskHttp.PUBLIC_URL, ""));
      browser.waitForText(By.className("shop-name"), "Harbour Tea " + RUN);
      Object accent =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver)
              .executeScript(
                  "return getComputedStyle(document.documentElement).getPropertyValue('--accent')");
      assertThat(String.valueOf(accent).strip())
          .as("the accent the pay page is drawn with")
          .isEqualTo("#7c3aed");
      browser.screenshot("settings-pay-page-branded");
    } finally {
      browser.signedInAs("admin", ConsolePageIT.ADMIN_PASSWORD);
      browser.open("console/admin/settings.xhtml");
      browser.submit(By.id("branding:reset"));
      browser.submit(By.id("payments:reset"));
    }
    JsonObject after = paydesk.checkout("12.00", PaydeskHttp.USDT_TRC20, null);
    assertThat(
            Duration.between(
                Instant.parse(after.getString("createdAt")),
                Instant.parse(after.getString("expiresAt"))))
        .isBetween(Duration.ofHours(24).minusMinutes(1), Duration.ofHours(24).plusMinutes(1));
  }

  @Test
  void aRotatedShopEventSecretSignsBesideTheOldOneUntilTheOverlapEnds() {
    asAdmin();
    try (ShopReceiver shop = ShopReceiver.start()) {
      browser.open("console/admin/settings.xhtml");
      browser.type(By.id("secret:overlap"), "24");
      browser.submit(By.id("secret:rotate"));
      String secret = browser.text(By.id("newSecret"));
      assertThat(secret).hasSize(64);
      assertThat(browser.text(By.id("secretState"))).contains("previous secret also signs");

      JsonObject checkout = paydesk.checkout("7.00", PaydeskHttp.USDT_TRC20, null);
      paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !shop.accepted(checkout.getString("id")).isEmpty());
      ShopReceiver.Delivery delivery = shop.accepted(checkout.getString("id")).get(0);
      assertThat(delivery.signed()).as("the shop on the old secret still verifies").isTrue();
      assertThat(delivery.signedWith(secret, ShopEvents.WEBHOOK_SIGNATURE))
          .as("a shop on the new secret verifies too, by the Standard Webhooks headers")
          .isTrue();
      assertThat(delivery.signedWith(secret, ShopEvents.HEADER))
          .as("and by Paydesk-Signature")
          .isTrue();
      assertThat(delivery.signature()).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
      assertThat(ShopEvents.Headers.of(delivery.headers()).get(ShopEvents.WEBHOOK_SIGNATURE))
          .matches("v1,\\S{44} v1,\\S{44}");
    } finally {
      browser.open("console/admin/settings.xhtml");
      browser.submit(By.id("endpoints:reset"));
    }
  }

  @Test
  void twoFactorSignInTakesTheAppsCodeOrARecoveryCodeOnce() {
    String user = "totp-" + RUN;
    addUser(user, "OPERATOR");
    browser.signedInAs(user, PASSWORD);
    browser.open("console/account.xhtml");
    browser.submit(By.id("enrol:begin"));
    assertThat(browser.imageLoaded(By.id("qr"))).as("the enrolment QR is drawn").isTrue();
    browser.screenshot("account-two-factor-enrol");
    String secret = browser.text(By.id("secret")).replace(" ", "");
    browser.type(By.id("confirm:code"), "000000");
    browser.submit(By.id("confirm:turnOn"));
    browser.waitForText(By.id("messages"), "does not match");
    browser.type(By.id("confirm:code"), TwoFactorService.codeAt(secret, Instant.now()));
    browser.submit(By.id("confirm:turnOn"));
    browser.waitForText(By.id("recovery"), "not shown again");
    List<String> recovery =
        browser.driver.findElements(By.cssSelector("#recovery li")).stream()
            .map(e -> e.getText().strip())
            .toList();
    assertThat(recovery).hasSize(10);
    browser.screenshot("account-two-factor-recovery-codes");

    // the password alone: the code is asked for, nothing is granted yet
    browser.open("console/login.xhtml");
    browser.driver.manage().deleteAllCookies();
    browser.signIn(user, PASSWORD);
    browser.waitFor(By.id("second:code"));
    browser.screenshot("login-second-factor");
    browser.open("console/dashboard.xhtml");
    assertThat(browser.url())
        .as(browser.driver.getPageSource().replaceAll("(?s)<script.*?</script>", ""))
        .contains("login.xhtml");
    browser.waitFor(By.id("second:code"));
    browser.type(By.id("second:code"), "123456");
    browser.submit(By.id("second:confirm"));
    browser.waitForText(By.id("second:codeMessages"), "does not match");
    // the next step's code: the one used to turn it on counts once
    browser.type(
        By.id("second:code"), TwoFactorService.codeAt(secret, Instant.now().plusSeconds(30)));
    browser.submit(By.id("second:confirm"));
    browser.waitFor(By.id("account:signOut"));
    browser.waitForText(By.id("account"), user);

    // a recovery code signs in once
    for (int attempt = 0; attempt < 2; attempt++) {
      browser.open("console/login.xhtml");
      browser.driver.manage().deleteAllCookies();
      browser.signIn(user, PASSWORD);
      browser.type(By.id("second:code"), recovery.get(0));
      browser.submit(By.id("second:confirm"));
      if (attempt == 0) {
        browser.waitForText(By.id("account"), user);
      } else {
        browser.waitForText(By.id("second:codeMessages"), "does not match");
      }
    }

    // lost phone and codes: an admin turns it off, and the password alone signs in again
    asAdmin();
    browser.open("console/admin/users.xhtml?edit=" + user);
    assertThat(rowOf("users", user)).contains("On");
    browser.click(By.id("change:turnOffTwoFactor"));
    browser.submit(By.id("change:save"));
    browser.waitForText(By.id("messages"), user);
    assertThat(rowOf("users", user)).contains("Off");
    browser.signedInAs(user, PASSWORD);
  }

  @Test
  void aUserSeesTheirSessionsAndSignsOneOutOnTheSpot() {
    String user = "sessions-" + RUN;
    addUser(user, "VIEWER");
    // a second browser: another device of the same user
    try (ConsoleBrowser other = ConsoleBrowser.start(deployment)) {
      other.signedInAs(user, PASSWORD);
      browser.signedInAs(user, PASSWORD);
      browser.open("console/account.xhtml");
      assertThat(browser.driver.findElements(By.cssSelector("#sessions\\:list tbody tr")))
          .hasSize(2);
      assertThat(browser.text(By.id("sessions:list"))).contains("This session", "HeadlessChrome");
      browser.screenshot("account-sessions");
      browser.submit(By.id("sessions:list:1:end"));
      browser.waitForText(By.id("messages"), "signed out");

      other.open("console/dashboard.xhtml");
      assertThat(other.url()).contains("login.xhtml");
      assertThat(other.text(By.id("login:ended"))).contains("signed out from another");

      other.signedInAs(user, PASSWORD);
      browser.open("console/account.xhtml");
      browser.submit(By.id("sessions:everywhere"));
      assertThat(browser.url()).contains("login.xhtml");
      other.open("console/dashboard.xhtml");
      assertThat(other.url()).contains("login.xhtml");
    }
  }

  @Test
  void whenAnAdminRequiresTwoFactorAUserWithoutItIsTakenToSetItUp() {
    String user = "required-" + RUN;
    String admin = "admin2fa-" + RUN;
    addUser(user, "VIEWER");
    addUser(admin, "ADMIN");
    // an admin without it may not require it (they would lock themselves out of this page)
    browser.open("console/admin/settings.xhtml");
    browser.click(By.id("security:requireTwoFactor"));
    browser.submit(By.id("security:save"));
    browser.waitForText(By.id("messages"), "for yourself first");

    browser.signedInAs(admin, PASSWORD);
    List<String> recovery = enrolSignedInUser();
    browser.open("console/admin/settings.xhtml");
    browser.click(By.id("security:requireTwoFactor"));
    browser.submit(By.id("security:save"));
    browser.waitForText(By.id("messages"), "saved");
    try {
      browser.signedInAs(user, PASSWORD);
      browser.open("console/orders.xhtml");
      assertThat(browser.url()).contains("account.xhtml");
      assertThat(browser.text(By.id("required"))).contains("requires two-factor sign-in");
      browser.screenshot("account-two-factor-required");
      enrolSignedInUser();
      browser.open("console/orders.xhtml");
      assertThat(browser.url()).as("set up: the console opens").contains("orders.xhtml");
    } finally {
      signInWithRecoveryCode(admin, recovery.get(0));
      browser.open("console/admin/settings.xhtml");
      browser.click(By.id("security:requireTwoFactor"));
      browser.submit(By.id("security:save"));
      browser.waitForText(By.id("messages"), "saved");
    }
  }

  private String rowOf(String table, String text) {
    return browser
        .driver
        .findElement(By.xpath("//*[@id='" + table + "']//tr[contains(., '" + text + "')]"))
        .getText();
  }

  /** Turns two-factor sign-in on for the signed-in user; its secret and recovery codes. */
  private static List<String> enrolSignedInUser() {
    browser.open("console/account.xhtml");
    browser.submit(By.id("enrol:begin"));
    String secret = browser.text(By.id("secret")).replace(" ", "");
    browser.type(By.id("confirm:code"), TwoFactorService.codeAt(secret, Instant.now()));
    browser.submit(By.id("confirm:turnOn"));
    browser.waitForText(By.id("recovery"), "not shown again");
    return browser.driver.findElements(By.cssSelector("#recovery li")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Signs in with password and a recovery code. */
  private static void signInWithRecoveryCode(String user, String code) {
    browser.open("console/login.xhtml");
    browser.driver.manage().deleteAllCookies();
    browser.signIn(user, PASSWORD);
    browser.type(By.id("second:code"), code);
    browser.submit(By.id("second:confirm"));
    browser.waitForText(By.id("account"), user);
  }
}
