package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The buyer's refund link (issue 23) in a real browser, phone-sized: the shop asks for a refund
 * without an address and gets a link for the buyer; the buyer gives their address there once, in
 * their language; a wrong address is refused before anything is sent.
 */
class RefundLinkIT extends SharedPaydeskTest {

  static ConsoleBrowser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = ConsoleBrowser.start(deployment);
      browser.driver.manage().window().setSize(new Dimension(430, 1000));
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A refund of the overpaid part awaiting the buyer's address, and the link for them. */
  String[] refundAwaitingTheBuyer() {
    JsonObject checkout = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"OVER\",\"amount\":\"3.5\"}");
    paydesk.awaitStatus(checkout, "OVERPAID");
    String refunds = checkout.getString("statusUrl") + "/refunds";
    HttpResponse<String> asked =
        paydesk.post(
            URI.create(refunds),
            "application/json",
            "{\"amount\":\"0.5\",\"reason\":\"OVERPAYMENT\"}",
            "Authorization",
            "Bearer " + PaydeskHttp.API_KEY,
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonObject refund = json(asked);
    assertThat(refund.getString("status")).isEqualTo("AWAITING_ADDRESS");
    HttpResponse<String> link =
        paydesk.shopPost(
            "api/v1/checkouts/"
                + checkout.getString("id")
                + "/refunds/"
                + refund.getString("id")
                + "/buyer-link",
            "");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
    String url = json(link).getString("url");
    assertThat(url)
        .as("from paydesk.public-url")
        .startsWith("http://localhost:8080/paydesk/pay/" + checkout.getString("id") + "/refund/");
    return new String[] {refunds + "/" + refund.getString("id"), url};
  }

  @Test
  void theBuyerGivesTheirAddressOnceInTheirLanguageAndTheRefundGoesOut() {
    String[] refund = refundAwaitingTheBuyer();
    Map<String, String> titles =
        Map.of(
            "en", "Your refund",
            "es", "Tu reembolso",
            "pt-BR", "Seu reembolso",
            "zh-CN", "您的退款");
    titles.forEach(
        (lang, title) -> {
          browser.driver.get(refund[1] + "?lang=" + lang);
          browser.waitForText(By.id("title"), title);
          assertThat(browser.text(By.id("lead"))).contains("0.5").contains("USDT");
          browser.screenshot("refund-link-" + lang);
        });

    browser.driver.get(refund[1] + "?lang=en");
    assertThat(browser.text(By.id("lead"))).contains("TRC20");
    browser.type(By.id("refund-address"), "0x43fEeF6879286BBAC5082f17AD3dA55EE456B934");
    browser.click(By.id("refund-confirm"));
    browser.click(By.id("refund-send"));
    browser.waitForText(By.id("refund-problem"), "not an address");
    browser.screenshot("refund-link-wrong-address");
    assertThat(browser.waitFor(By.id("refund-address")).getAttribute("value"))
        .as("kept, to be corrected rather than typed again")
        .isEqualTo("0x43fEeF6879286BBAC5082f17AD3dA55EE456B934");
    assertThat(json(paydesk.shopGet(URI.create(refund[0]))).getString("status"))
        .as("nothing changed")
        .isEqualTo("AWAITING_ADDRESS");

    browser.type(By.id("refund-address"), RefundIT.BUYER);
    browser.click(By.id("refund-confirm"));
    browser.click(By.id("refund-send"));
    browser.waitForText(By.id("title"), "on its way");
    assertThat(browser.text(By.id("lead"))).contains(RefundIT.BUYER);
    browser.screenshot("refund-link-given");
    JsonObject sent =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> json(paydesk.shopGet(URI.create(refund[0]))),
                r -> r.getString("status").equals("SUCCEEDED"));
    assertThat(sent.getJsonObject("destination").getString("address")).isEqualTo(RefundIT.BUYER);

    browser.driver.get(refund[1] + "?lang=en");
    browser.waitForText(By.id("title"), "no longer works");
    browser.screenshot("refund-link-used");
    assertThat(paydesk.get(URI.create(refund[1])).statusCode()).isEqualTo(404);
  }

  @Test
  void aLinkWithAnotherTokenOpensNothing() {
    String[] refund = refundAwaitingTheBuyer();
    String forged = refund[1].substring(0, refund[1].lastIndexOf('/') + 1) + "x".repeat(43);

    HttpResponse<String> page = paydesk.get(URI.create(forged));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("no longer works").doesNotContain("refund-address");
    HttpResponse<String> posted =
        paydesk.post(
            URI.create(forged),
            "application/x-www-form-urlencoded",
            "address=" + RefundIT.BUYER + "&confirm=yes");
    assertThat(posted.statusCode()).isEqualTo(409);
    assertThat(json(paydesk.shopGet(URI.create(refund[0]))).getString("status"))
        .isEqualTo("AWAITING_ADDRESS");
  }
}
