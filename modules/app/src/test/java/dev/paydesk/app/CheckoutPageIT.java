package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buyer's checkout page in a real browser (headless Chromium, phone-sized) against the built
 * WAR, with checkouts made through the shop API and paid through the sandbox, as a buyer meets
 * them. Screenshots of each screen go to target/screenshots (the README shows them).
 */
class CheckoutPageIT extends SharedPaydeskTest {

  static final String RETURN_URL = "https://shop.example/orders/thanks?o=42";
  static ConsoleBrowser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = ConsoleBrowser.start(deployment);
      browser.driver.manage().window().setSize(new Dimension(430, 1150));
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  JsonObject checkout(String price, String tokenId, Long validPeriodSeconds) {
    return paydesk.checkout(price, tokenId, validPeriodSeconds, RETURN_URL);
  }

  void openPage(JsonObject checkout, String query) {
    URI page = URI.create(checkout.getString("checkoutUrl"));
    browser.driver.get(page + query);
  }

  String title() {
    return browser.text(By.id("title"));
  }

  void awaitTitle(String title) {
    try {
      browser.waitForText(By.id("title"), title);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the page did not change; its console:\n" + browser.consoleLog(), e);
    }
  }

  /** Marks the loaded document: the mark survives everything but a reload. */
  void markDocument() {
    ((JavascriptExecutor) browser.driver).executeScript("window.paydeskMark = 'not reloaded';");
  }

  Object documentMark() {
    return ((JavascriptExecutor) browser.driver).executeScript("return window.paydeskMark;");
  }

  @Test
  void theBuyerWatchsTheirPaymentGoFromAwaitingToDetectedToPaidWithoutAReload() {
    JsonObject checkout = checkout("12.50", PaydeskHttp.USDT_TRC20, null);
    assertThat(checkout.getString("checkoutUrl"))
        .isEqualTo(PaydeskHttp.PUBLIC_URL + "pay/" + checkout.getString("id"));
    assertThat(checkout.getString("returnUrl")).isEqualTo(RETURN_URL);

    openPage(checkout, "?lang=en");
    assertThat(title()).isEqualTo("Waiting for your payment");
    assertThat(browser.text(By.id("test-mode")))
        .as("sandbox mode says so before anything else")
        .contains("Test mode")
        .contains("no real money");
    assertThat(browser.text(By.id("amount"))).isEqualTo(checkout.getString("cryptoAmount"));
    assertThat(browser.text(By.id("address"))).isEqualTo(checkout.getString("payAddress"));
    assertThat(browser.text(By.cssSelector(".lead")))
        .isEqualTo(
            "Send exactly "
                + checkout.getString("cryptoAmount")
                + " USDT on the "
                + checkout.getString("network")
                + " network to the address below.");
    assertThat(browser.text(By.id("price"))).isEqualTo("$12.50");
    assertThat(browser.text(By.id("countdown"))).matches("2[34]:[0-5]\\d:[0-5]\\d");
    assertThat(browser.isPresent(By.id("memo-warning"))).as("TRON has no memo").isFalse();
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser.driver)
                    .executeScript(
                        "var i = document.querySelector('img.qr');"
                            + " return i.complete && i.naturalWidth > 0;"))
        .as("the QR code loads under the page's policy")
        .isTrue();
    assertThat(browser.waitFor(By.cssSelector("button[data-copy=address]")).isDisplayed())
        .as("the page's script runs under its strict policy (it shows the copy buttons)")
        .isTrue();
    browser.click(By.cssSelector("button[data-copy=address]"));
    browser.waitForText(By.id("announce"), "Copied to the clipboard");
    browser.screenshot("pay-awaiting");
    markDocument();

    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"intermediate\":true,\"processingSeconds\":4}");

    awaitTitle("Payment detected");
    String txid = browser.text(By.id("txid"));
    assertThat(txid).isNotBlank();
    browser.screenshot("pay-detected");
    browser.waitForText(By.id("announce"), "Payment detected");

    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> "Payment received".equals(d.findElement(By.id("title")).getText()));
    assertThat(documentMark()).as("the page changed in place").isEqualTo("not reloaded");
    assertThat(browser.text(By.id("announce"))).isEqualTo("Payment received");
    assertThat(browser.text(By.cssSelector(".lead")))
        .isEqualTo(
            "Thank you! Your payment of "
                + checkout.getString("cryptoAmount")
                + " USDT is confirmed.");
    assertThat(browser.text(By.id("txid"))).isEqualTo(txid);
    assertThat(browser.waitFor(By.id("txid-link")).getAttribute("href"))
        .as("the buyer's transaction on the chain's explorer")
        .isEqualTo("https://tronscan.org/#/transaction/" + txid);
    assertThat(browser.waitFor(By.id("return")).getAttribute("href")).isEqualTo(RETURN_URL);
    assertThat(browser.text(By.id("return"))).isEqualTo("Back to Lumen");
    assertThat(browser.isPresent(By.id("address"))).as("nothing more to pay").isFalse();
    browser.screenshot("pay-paid");
  }

  @Test
  void anUnderpaidCheckoutAsksForWhatRemainsWithAQrCodeForIt() {
    JsonObject checkout = checkout("20.00", PaydeskHttp.BTC, null);
    openPage(checkout, "?lang=en");
    markDocument();

    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\"}");

    awaitTitle("Part of the payment is missing");
    JsonObject now = paydesk.reload(checkout);
    BigDecimal due = new BigDecimal(checkout.getString("cryptoAmount"));
    BigDecimal paid = new BigDecimal(now.getString("amountPaid"));
    String remaining = due.subtract(paid).stripTrailingZeros().toPlainString();
    assertThat(now.getString("amountRemaining")).isEqualTo(remaining);
    assertThat(browser.text(By.id("amount"))).isEqualTo(remaining);
    assertThat(browser.text(By.cssSelector(".lead")))
        .isEqualTo(
            "We received "
                + now.getString("amountPaid")
                + " BTC. Send the remaining "
                + remaining
                + " BTC to the same address before the time runs out.");
    assertThat(documentMark()).isEqualTo("not reloaded");
    String qr = browser.waitFor(By.cssSelector("img.qr")).getAttribute("src");
    assertThat(paydesk.decodeQr(URI.create(qr)))
        .as("the QR code asks for the remainder")
        .isEqualTo("bitcoin:" + checkout.getString("payAddress") + "?amount=" + remaining);
    browser.screenshot("pay-underpaid");
  }

  @Test
  void whenTheCountdownEndsThePageSaysExpiredAtOnceAndTheServerAgrees() {
    JsonObject checkout = checkout("6.00", PaydeskHttp.USDT_TRC20, 60L);
    openPage(checkout, "?lang=en");
    assertThat(title()).isEqualTo("Waiting for your payment");
    markDocument();

    new WebDriverWait(browser.driver, Duration.ofSeconds(75))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                "This payment request has expired".equals(d.findElement(By.id("title")).getText()));
    assertThat(documentMark()).as("turned in place").isEqualTo("not reloaded");
    assertThat(browser.driver.findElements(By.cssSelector("img.qr")))
        .as("no QR code, no address once the time is up")
        .allSatisfy(qr -> assertThat(qr.isDisplayed()).isFalse());
    assertThat(browser.driver.findElements(By.id("address")))
        .allSatisfy(address -> assertThat(address.isDisplayed()).isFalse());
    browser.screenshot("pay-expired-at-zero");

    // the server says the same before its expiry run (still AWAITING_PAYMENT for the shop)
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
    String page = paydesk.get(URI.create(checkout.getString("checkoutUrl") + "?lang=en")).body();
    assertThat(page).contains("This payment request has expired").doesNotContain("id=\"address\"");
    assertThat(title()).as("and the page stays so").isEqualTo("This payment request has expired");
  }

  @Test
  void moneyArrivingAfterExpiryShowsOnTheOpenPageWithoutAReload() {
    JsonObject checkout = checkout("7.00", PaydeskHttp.USDT_TRC20, 60L);
    paydesk.shopPost("api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3)));
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("EXPIRED");
    openPage(checkout, "?lang=en");
    assertThat(title()).isEqualTo("This payment request has expired");
    assertThat(browser.driver.findElement(By.id("checkout")).getAttribute("data-live"))
        .as("late money can still arrive: the page keeps looking")
        .isEqualTo("true");
    markDocument();

    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");

    new WebDriverWait(browser.driver, Duration.ofSeconds(45))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                "Payment received after the deadline"
                    .equals(d.findElement(By.id("title")).getText()));
    assertThat(documentMark()).isEqualTo("not reloaded");
    browser.screenshot("pay-paid-late");
  }

  @Test
  void onAPhoneTheAmountAndTheMemoWarningComeBeforeTheQrCode() {
    JsonObject checkout = checkout("15.00", PaydeskHttp.XRP, null);
    openPage(checkout, "?lang=en");

    int qr = browser.waitFor(By.cssSelector("img.qr")).getLocation().getY();
    assertThat(browser.waitFor(By.id("memo-warning")).getLocation().getY()).isLessThan(qr);
    assertThat(browser.waitFor(By.id("amount")).getLocation().getY()).isLessThan(qr);
    assertThat(browser.isPresent(By.id("wallet"))).as("XRP has no wallet link standard").isFalse();
    browser.screenshot("pay-memo-phone");
  }

  @Test
  void aBitcoinCheckoutOpensInTheBuyersWalletByBip21() {
    JsonObject checkout = checkout("25.00", PaydeskHttp.BTC, null);
    openPage(checkout, "?lang=en");

    assertThat(browser.waitFor(By.id("wallet")).getAttribute("href"))
        .isEqualTo(
            "bitcoin:"
                + checkout.getString("payAddress")
                + "?amount="
                + new java.math.BigDecimal(checkout.getString("cryptoAmount"))
                    .stripTrailingZeros()
                    .toPlainString());
    assertThat(browser.text(By.id("wallet"))).isEqualTo("Open in your wallet");
    browser.screenshot("pay-bitcoin-wallet");
  }

  @Test
  void anExpiredCheckoutSaysNotToPayAndWhatToDoIfAlreadySent() {
    JsonObject checkout = checkout("9.00", PaydeskHttp.USDT_TRC20, 60L);
    paydesk.shopPost("api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3)));
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("EXPIRED");

    openPage(checkout, "?lang=en");
    assertThat(title()).isEqualTo("This payment request has expired");
    assertThat(browser.isPresent(By.id("address"))).isFalse();
    assertThat(browser.isPresent(By.cssSelector("img.qr"))).isFalse();
    assertThat(browser.text(By.id("checkout"))).contains("Already sent it? It still reaches Lumen");
    assertThat(browser.waitFor(By.id("return")).getAttribute("href")).isEqualTo(RETURN_URL);
    browser.screenshot("pay-expired");
  }

  @Test
  void aMemoChainWarnsThatAPaymentWithoutTheMemoIsLost() {
    JsonObject checkout = checkout("15.00", PaydeskHttp.XRP, null);
    String memo = checkout.getString("memo");
    assertThat(memo).isNotBlank();

    openPage(checkout, "?lang=en");
    assertThat(browser.text(By.id("memo"))).isEqualTo(memo);
    assertThat(browser.text(By.id("memo-warning")))
        .contains("Memo required")
        .contains(
            "Add the memo "
                + memo
                + " to your payment. A payment without it cannot be matched to your order and is"
                + " lost.");
    // the memo is part of what the buyer copies next to the address, not a line to find elsewhere
    var block = browser.driver.findElement(By.xpath("//code[@id='address']/ancestor::div[1]"));
    assertThat(block.getText()).startsWith("Address and memo").contains(memo);
    assertThat(block.findElements(By.id("memo"))).hasSize(1);
    browser.click(By.cssSelector("button[data-copy=address]"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("announce"))
                    .getAttribute("textContent")
                    .contains("Your wallet also needs the memo " + memo));
    browser.screenshot("pay-memo");
  }

  @Test
  void theBuyerSwitchesLanguageAndTheBrowsersLanguageIsTheDefault() throws Exception {
    JsonObject checkout = checkout("15.00", PaydeskHttp.XRP, null);
    openPage(checkout, "?lang=en");
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

    browser.click(By.cssSelector("a[hreflang=es]"));
    awaitTitle("Esperando tu pago");
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(browser.text(By.id("memo-warning"))).contains("Memo obligatorio");
    assertThat(browser.text(By.id("price"))).isEqualTo("15,00 US$");
    browser.click(By.cssSelector("a[hreflang=zh-CN]"));
    awaitTitle("等待您付款");
    browser.screenshot("pay-zh-CN");

    HttpResponse<String> brazilian =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(checkout.getString("checkoutUrl")))
                    .header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(brazilian.body())
        .contains("lang=\"pt-BR\"")
        .contains("Aguardando o seu pagamento")
        .contains("Memo obrigatório");
  }

  @Test
  void withoutScriptThePageRefreshesItselfOnlyWhileSomethingCanChange() throws Exception {
    JsonObject open = checkout("5.00", PaydeskHttp.USDT_TRC20, null);
    HttpResponse<String> page = get(URI.create(open.getString("checkoutUrl")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<noscript><meta http-equiv=\"refresh\"");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .contains(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri"
                + " 'none'");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");

    paydesk.pay(open, "{\"kind\":\"FULL\"}");
    paydesk.awaitStatus(open, "PAID");
    assertThat(get(URI.create(open.getString("checkoutUrl"))).body())
        .contains("Payment received")
        .doesNotContain("http-equiv=\"refresh\"");
  }

  @Test
  void anUnknownCheckoutIsNotFoundAndTheViewIsReachedOnlyThroughItsAddress() throws Exception {
    HttpResponse<String> unknown = get(URI.create(deployment + "pay/co_doesNotExist0000000000"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Payment request not found");
    assertThat(get(URI.create(deployment + "pay/")).statusCode()).isEqualTo(404);
    assertThat(get(URI.create(deployment + "pay-page/checkout.xhtml")).statusCode()).isEqualTo(403);
  }

  @Test
  void aCheckoutTheGatewayRefusedSaysNothingWasCharged() throws Exception {
    paydesk.get(paydesk.uri("api/v1/tokens")); // token list cached: the fault hits bill/create
    paydesk.armFault("ERROR_CODE");
    String merchantOrderId = PaydeskHttp.uniqueOrderId("F");
    HttpResponse<String> refused =
        paydesk.createCheckout(
            PaydeskHttp.checkoutJson(merchantOrderId, "3.00", PaydeskHttp.USDT_TRC20),
            UUID.randomUUID().toString());
    paydesk.clearFaults();
    assertThat(refused.statusCode()).isNotEqualTo(201);
    JsonObject found =
        json(paydesk.shopGet(paydesk.uri("api/v1/checkouts?merchantOrderId=" + merchantOrderId)))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(found.getString("status")).isEqualTo("GATEWAY_FAILED");

    openPage(found, "?lang=en");
    assertThat(title()).isEqualTo("We could not set up this payment");
    assertThat(browser.text(By.cssSelector(".lead")))
        .isEqualTo("Nothing has been charged. Please go back to Lumen and try again.");
    browser.screenshot("pay-failed");
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
