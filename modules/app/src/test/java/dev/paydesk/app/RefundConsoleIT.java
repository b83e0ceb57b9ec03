package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Refunds in the console (issue 23), in a real browser on the lane's shared server: an OPERATOR
 * asks on the order's page, above the threshold it waits, the asker cannot approve it, another
 * ADMIN approves it on the Refunds page, and it goes out through the sandbox's withdrawals. The
 * threshold is set back to the configuration file's (none) before the test ends.
 */
class RefundConsoleIT extends SharedPaydeskTest {

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

  void addUser(String username, String role) {
    browser.signedInAs("admin", ConsolePageIT.ADMIN_PASSWORD);
    browser.open("console/admin/users.xhtml");
    browser.type(By.id("add:username"), username);
    browser.type(By.id("add:password"), PASSWORD);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("add:role")))
        .selectByValue(role);
    browser.submit(By.id("add:create"));
    browser.waitForText(By.id("users"), username);
  }

  void approvalAbove(String amount) {
    browser.signedInAs("admin", ConsolePageIT.ADMIN_PASSWORD);
    browser.open("console/admin/settings.xhtml");
    browser.type(By.id("payments:approvalAbove"), amount);
    browser.submit(By.id("payments:save"));
  }

  @Test
  void anOperatorsRefundAboveTheThresholdGoesOutOnceAnotherAdminApprovesIt() {
    String operator = "op-" + RUN;
    String secondAdmin = "boss-" + RUN;
    addUser(operator, "OPERATOR");
    addUser(secondAdmin, "ADMIN");
    JsonObject checkout = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"OVER\",\"amount\":\"3.5\"}");
    paydesk.awaitStatus(checkout, "OVERPAID");
    try {
      approvalAbove("0.25");
      browser.waitForText(By.id("messages"), "saved");

      browser.signedInAs(operator, PASSWORD);
      browser.open("console/order.xhtml?id=" + checkout.getString("id"));
      assertThat(browser.text(By.id("refundable"))).contains("3.5").contains("USDT");
      assertThat(browser.text(By.id("networkFee"))).contains("1 USDT");
      browser.type(By.id("refund:amount"), "0.4");
      browser.type(By.id("refund:address"), RefundIT.BUYER);
      browser.screenshot("refund-order-form");
      browser.submit(By.id("refund:askRefund"));
      browser.waitForText(By.id("messages"), "Awaiting approval");
      assertThat(browser.text(By.id("refunds")))
          .contains("0.4 USDT")
          .contains(RefundIT.BUYER)
          .contains("Awaits an admin other than the one who asked");
      browser.screenshot("refund-order-awaiting-approval");

      browser.signedInAs(secondAdmin, PASSWORD);
      browser.open("console/refunds.xhtml");
      browser.screenshot("refunds-page-awaiting-approval");
      browser.click(
          By.xpath(
              "//tr[contains(., '"
                  + checkout.getString("merchantOrderId")
                  + "')]//button[contains(@class, 'pd-refund-approve')]"));
      browser.waitForText(By.id("messages"), "Refund approved");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                browser.open("console/order.xhtml?id=" + checkout.getString("id"));
                return browser.text(By.id("refunds")).contains("Sent");
              });
      assertThat(browser.text(By.id("refunds"))).contains("approved by " + secondAdmin);
      assertThat(browser.text(By.id("amountRefunded"))).isEqualTo("0.4 USDT");
      assertThat(browser.text(By.id("amountNet"))).isEqualTo("3.1 USDT");
      assertThat(browser.text(By.id("timeline"))).contains("approved").contains("sent: 0.4 USDT");
      browser.screenshot("refund-order-sent");
      browser.open("console/refunds.xhtml");
      browser.screenshot("refunds-page");
      browser.open("console/dashboard.xhtml");
      assertThat(browser.text(By.id("attention"))).contains("Refunds waiting");
    } finally {
      browser.driver.manage().deleteAllCookies();
      approvalAbove("");
    }
  }
}
