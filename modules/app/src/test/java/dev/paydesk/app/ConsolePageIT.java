package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The merchant console in a real browser (Debian's headless Chromium) against the built WAR on
 * Payara Micro, with checkouts made and paid through the shop API and the sandbox. One browser and
 * one server for the class; each test signs in afresh.
 */
class ConsolePageIT extends SharedPaydeskTest {

  static final String ADMIN_PASSWORD = "it-admin-password";
  static final String PASSWORD = "a-long-enough-password";
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final String OPERATOR = "operator-" + RUN;
  static final String VIEWER = "viewer-" + RUN;

  static ConsoleBrowser browser;

  @BeforeEach
  void browserWithUsers() {
    if (browser == null) {
      browser = ConsoleBrowser.start(deployment);
      browser.signedInAs("admin", ADMIN_PASSWORD);
      addUser(OPERATOR, "OPERATOR");
      addUser(VIEWER, "VIEWER");
    }
    browser.driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static void addUser(String username, String role) {
    browser.open("console/admin/users.xhtml");
    browser.type(By.id("add:username"), username);
    browser.type(By.id("add:password"), PASSWORD);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("add:role")))
        .selectByValue(role);
    browser.submit(By.id("add:create"));
    browser.waitForText(By.id("users"), username);
  }

  String q(String text) {
    return "console/orders.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aVisitorWhoIsNotSignedInIsAskedToSignIn() {
    browser.open("console/orders.xhtml");

    browser.waitFor(By.id("login:signIn"));
    assertThat(browser.url()).contains("/console/login.xhtml");
    browser.screenshot("login");

    // the page met when a console page was left open too long (the expired view's error page)
    browser.open("console/expired.xhtml");
    browser.waitForText(By.tagName("h1"), "This page has expired");
    browser.screenshot("expired");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    browser.signIn("admin", "not-the-password");

    String refused = browser.text(By.id("login:messages"));
    assertThat(refused).contains("Sign-in refused");
    browser.signIn("nobody-" + RUN, "not-the-password");
    assertThat(browser.text(By.id("login:messages"))).isEqualTo(refused);
  }

  @Test
  void wrongPasswordsSlowTheGuesserButNeverLockTheAccount() {
    String slow = "slow-" + RUN;
    browser.signedInAs("admin", ADMIN_PASSWORD);
    addUser(slow, "VIEWER");
    browser.driver.manage().deleteAllCookies();

    for (int i = 0; i < 5; i++) {
      browser.signIn(slow, "wrong-" + i);
      browser.waitFor(By.id("login:messages"));
    }
    String refused = browser.text(By.id("login:messages"));
    browser.signIn("nobody-" + RUN, "wrong");
    assertThat(browser.text(By.id("login:messages")))
        .as("a disabled, slowed or unknown user reads the same")
        .isEqualTo(refused);

    // after five wrong passwords this browser waits seconds, not a 15-minute lock
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              browser.signIn(slow, PASSWORD);
              return browser.isPresent(By.id("account:signOut"));
            });
  }

  @Test
  void signingInGivesTheSessionANewIdAndItsCookieStaysOnThisSite() {
    HttpResponse<String> login = paydesk.get(paydesk.uri("console/login.xhtml"));
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict"));

    browser.driver.manage().deleteAllCookies();
    browser.open("console/login.xhtml");
    browser.waitFor(By.id("login:signIn"));
    String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    browser.signIn(OPERATOR, PASSWORD);
    browser.waitFor(By.id("account:signOut"));
    assertThat(browser.driver.manage().getCookieNamed("JSESSIONID").getValue())
        .isNotEqualTo(before);
  }

  @Test
  void changingAUsersRoleOrDisablingThemEndsTheirSessionAtOnce() {
    String ended = "ended-" + RUN;
    browser.signedInAs("admin", ADMIN_PASSWORD);
    addUser(ended, "OPERATOR");
    try (ConsoleBrowser theirs = ConsoleBrowser.start(deployment)) {
      theirs.signedInAs(ended, PASSWORD);
      theirs.open("console/orders.xhtml");
      theirs.waitFor(By.id("account:signOut"));

      changeUser(ended, "VIEWER", true, "");
      theirs.open("console/orders.xhtml");
      theirs.waitFor(By.id("login:signIn"));
      assertThat(theirs.text(By.id("login:ended"))).contains("signed out");

      theirs.signedInAs(ended, PASSWORD);
      changeUser(ended, "VIEWER", false, "");
      assertThat(browser.text(By.id("users")))
          .as("the list says it in words")
          .containsPattern(ended + "\\s+VIEWER\\s+No \\(cannot sign in\\)");
      theirs.open("console/orders.xhtml");
      theirs.waitFor(By.id("login:signIn"));
    }
  }

  @Test
  void resettingAnAdminsPasswordKeepsTheirRole() {
    String second = "second-" + RUN;
    browser.signedInAs("admin", ADMIN_PASSWORD);
    addUser(second, "ADMIN");

    browser.open("console/admin/users.xhtml?edit=" + second);
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("change:role")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .as("the form shows the user as they are")
        .isEqualTo("ADMIN");
    assertThat(browser.waitFor(By.id("change:enabled")).isSelected()).isTrue();
    browser.screenshot("users-change");
    browser.type(By.id("change:password"), "a-reset-long-password");
    browser.submit(By.id("change:save"));
    browser.waitForText(By.id("messages"), "changed");

    assertThat(browser.text(By.id("users")))
        .as("still an enabled admin")
        .containsPattern(second + "\\s+ADMIN\\s+Yes");
  }

  @Test
  void theOrderListReadsWithoutAGlossary() {
    String orderId = PaydeskHttp.uniqueOrderId("G");
    HttpResponse<String> created =
        paydesk.createCheckout(
            "{\"merchantOrderId\":\""
                + orderId
                + "\",\"price\":\"0.00150000\",\"currency\":\"TOKEN\",\"tokenId\":\""
                + PaydeskHttp.BTC
                + "\"}",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject underpaid = paydesk.checkout("8.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(underpaid, "{\"kind\":\"PARTIAL\",\"amount\":\"3\"}");
    paydesk.awaitStatus(underpaid, "UNDERPAID");
    browser.signedInAs(VIEWER, PASSWORD);

    browser.open(q(orderId));
    assertThat(browser.text(By.id("list:orders")))
        .as("priced in the token: its amount and symbol, a status in words, the network")
        .contains("0.0015 BTC")
        .contains("Awaiting payment")
        .contains("BTC")
        .doesNotContain("TOKEN")
        .doesNotContain("AWAITING_PAYMENT");
    browser.open(q(orderId.substring(0, orderId.length() - 2).toLowerCase(java.util.Locale.ROOT)));
    assertThat(browser.text(By.id("list:orders")))
        .as("found by the start of its id, in another case")
        .contains(orderId);
    browser.open(q(underpaid.getString("merchantOrderId")));
    assertThat(browser.text(By.id("list:orders")))
        .as("what was paid, with its unit")
        .contains("Underpaid")
        .contains("8.00 USD")
        .contains("TRC20")
        .contains("3 USDT");
    browser.screenshot("orders-readable");

    browser.open("console/orders.xhtml?status=PAYED&from=2026-13-45");
    assertThat(browser.text(By.id("filterProblems")))
        .contains("No status is called \u201cPAYED\u201d")
        .contains("\u201c2026-13-45\u201d is no date");
    browser.screenshot("orders-bad-filter");
  }

  @Test
  void theMerchantFindsAPaidOrderByEachOfItsIdsAndReadsWhatHappened() {
    JsonObject checkout = paydesk.checkout("12.50", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    JsonObject payment = paid.getJsonArray("payments").getJsonObject(0);
    browser.signedInAs("admin", ADMIN_PASSWORD);

    for (String id :
        List.of(
            checkout.getString("merchantOrderId"),
            checkout.getString("id"),
            paid.getString("ccpaymentOrderId"),
            checkout.getString("payAddress"),
            payment.getString("txid"),
            payment.getString("recordId"))) {
      browser.open(q(id));
      assertThat(browser.text(By.id("list:orders")))
          .as("found by %s", id)
          .contains(checkout.getString("merchantOrderId"))
          .contains("Paid");
    }
    browser.open("console/orders.xhtml");
    browser.waitFor(By.linkText(checkout.getString("merchantOrderId")));
    browser.screenshot("orders");
    browser.click(By.linkText(checkout.getString("merchantOrderId")));

    browser.waitForText(By.id("status"), "Paid");
    assertThat(browser.text(By.id("ccpaymentOrderId")))
        .isEqualTo(paid.getString("ccpaymentOrderId"));
    assertThat(browser.text(By.id("ccpaymentApi"))).isEqualTo("v1");
    assertThat(browser.text(By.id("amountPaid"))).isEqualTo("12.5 USDT");
    assertThat(browser.text(By.id("payments"))).contains(payment.getString("recordId"));
    assertThat(browser.text(By.id("timeline")))
        .contains("Checkout created")
        .contains("Pay address assigned")
        .contains("Payment confirmed")
        .contains("Awaiting payment → Paid");
    browser.screenshot("order-detail");

    browser.click(By.className("pd-webhook-link"));
    browser.waitForText(By.id("outcome"), "APPLIED");
    assertThat(browser.text(By.id("body"))).contains(payment.getString("recordId"));
    assertThat(browser.text(By.id("headers"))).contains("Sign: (present)");
    browser.screenshot("webhook");
  }

  /** Today's created, paid and underpaid figures as the dashboard shows them. */
  long[] todaysFigures() {
    browser.open("console/dashboard.xhtml");
    var today = browser.waitFor(By.cssSelector("#periods .pd-period"));
    var figures = today.findElements(By.className("pd-figure"));
    long underpaid =
        Long.parseLong(
            browser
                .waitFor(
                    By.xpath("//a[@id='attention-attention.UNDERPAID']/following-sibling::span"))
                .getText());
    return new long[] {
      Long.parseLong(figures.get(0).getText()), Long.parseLong(figures.get(1).getText()), underpaid
    };
  }

  @Test
  void theDashboardCountsTheOrdersTheTestMade() {
    browser.signedInAs(VIEWER, PASSWORD);
    long[] before = todaysFigures();
    JsonObject paid = paydesk.checkout("2.00", PaydeskHttp.USDT_TRC20, null);
    JsonObject underpaid = paydesk.checkout("2.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.checkout("2.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(paid, "{\"kind\":\"FULL\"}");
    paydesk.pay(underpaid, "{\"kind\":\"PARTIAL\",\"amount\":\"1\"}");
    paydesk.awaitStatus(paid, "PAID");
    paydesk.awaitStatus(underpaid, "UNDERPAID");

    long[] after = todaysFigures();

    assertThat(after[0] - before[0]).as("created today").isEqualTo(3);
    assertThat(after[1] - before[1]).as("paid today").isEqualTo(1);
    assertThat(after[2] - before[2]).as("underpaid, needing attention").isEqualTo(1);
    assertThat(browser.text(By.cssSelector("#periods .pd-period")))
        .as("every money figure says what it counts")
        .contains("paid in full")
        .contains("Price of the paid orders")
        .contains("Received (all confirmed payments, part-payments too)")
        .containsPattern("\\d+\\.\\d\\d USD")
        .containsPattern("[\\d.]+ USDT");
    assertThat(browser.text(By.id("gateway"))).contains("reachable");
    var asOf = browser.waitFor(By.cssSelector(".pd-title .pd-time"));
    assertThat(asOf.getText()).as("in the viewer's zone (Tokyo)").contains("GMT+9");
    assertThat(asOf.getAttribute("title")).endsWith("UTC");
    assertThat(browser.text(By.id("health"))).contains("Expiry timer").contains("next run");
    browser.click(By.id("attention-attention.UNDERPAID"));
    browser.waitForText(By.id("list:orders"), underpaid.getString("merchantOrderId"));
    browser.open("console/dashboard.xhtml");
    browser.waitFor(By.id("chart"));
    browser.screenshot("dashboard");
  }

  @Test
  void theWebhookLogShowsWhatNeedsALookFirst() {
    String forgedMerchantOrderId = "forged-" + RUN;
    String body =
        "{\"pay_status\":\"success\",\"record_id\":\"1\",\"extend\":{\"merchant_order_id\":\""
            + forgedMerchantOrderId
            + "\"}}";
    assertThat(
            paydesk
                .webhook(
                    body,
                    PaydeskHttp.SANDBOX_APP_ID,
                    Long.toString(java.time.Instant.now().getEpochSecond()),
                    "forged-secret")
                .statusCode())
        .isEqualTo(401);
    String orphanOrderId = "orphan-" + RUN;
    assertThat(
            paydesk
                .webhook(
                    "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\"9"
                        + System.nanoTime()
                        + "\",\"paid_amount\":\"1\",\"txid\":\"0xabc"
                        + RUN
                        + "\",\"extend\":{\"merchant_order_id\":\""
                        + orphanOrderId
                        + "\"}}")
                .body())
        .isEqualTo("success");
    browser.signedInAs(VIEWER, PASSWORD);

    browser.open("console/webhooks.xhtml?outcome=ORPHAN,REJECTED");

    assertThat(browser.text(By.id("list:webhooks")))
        .contains("REJECTED")
        .contains("Sign does not match the body")
        .contains("ORPHAN")
        .contains(orphanOrderId)
        .doesNotContain("APPLIED");
    browser.screenshot("webhooks");
  }

  @Test
  void anOrphanWebhookIsAppliedOnceItsOrderExists() {
    String merchantOrderId = PaydeskHttp.uniqueOrderId("LATE");
    String recordId = "8" + System.nanoTime();
    assertThat(
            paydesk
                .webhook(
                    "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\""
                        + recordId
                        + "\",\"paid_amount\":\"1.5\",\"txid\":\"0xorphan"
                        + RUN
                        + "\",\"extend\":{\"merchant_order_id\":\""
                        + merchantOrderId
                        + "\"}}")
                .body())
        .isEqualTo("success");
    HttpResponse<String> created =
        paydesk.createCheckout(
            PaydeskHttp.checkoutJson(merchantOrderId, "1.50", PaydeskHttp.USDT_TRC20),
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/webhooks.xhtml?outcome=ORPHAN&q=" + merchantOrderId);
    browser.click(By.className("pd-webhook-link"));

    browser.submit(By.id("orphan:apply"));

    browser.waitForText(By.id("outcome"), "APPLIED");
    assertThat(browser.text(By.id("reason"))).contains("applied by " + OPERATOR);
    assertThat(browser.isPresent(By.id("orphan:apply"))).as("applied once").isFalse();
    JsonObject paid = paydesk.reload(json(created));
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getJsonArray("payments").getJsonObject(0).getString("recordId"))
        .isEqualTo(recordId);
  }

  @Test
  void theOrderListExportsAsCsv() {
    JsonObject checkout = paydesk.checkout("3.30", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs(VIEWER, PASSWORD);

    HttpResponse<String> csv =
        browser.getInSession(
            "console/orders.csv?q="
                + URLEncoder.encode(checkout.getString("merchantOrderId"), StandardCharsets.UTF_8));
    HttpResponse<String> anonymous = paydesk.get(paydesk.uri("console/orders.csv"));

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n"))
        .containsExactly(
            "checkout_id,merchant_order_id,status,price,currency,token_id,crypto,network,"
                + "crypto_amount,amount_paid,pay_address,ccpayment_order_id,created_at,updated_at",
            String.join(
                ",",
                checkout.getString("id"),
                checkout.getString("merchantOrderId"),
                "AWAITING_PAYMENT",
                "3.30",
                "USD",
                PaydeskHttp.USDT_TRC20,
                "USDT",
                "TRC20",
                "3.3",
                "0",
                checkout.getString("payAddress"),
                checkout.getString("ccpaymentOrderId"),
                checkout.getString("createdAt"),
                paydesk.reload(checkout).getString("updatedAt")));
    assertThat(anonymous.statusCode()).as("a visitor is sent to sign in").isIn(302, 303);
  }

  @Test
  void theOrderListPagesAndSortsOnTheServer() {
    List<String> made = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      made.add(paydesk.checkout("1.00", PaydeskHttp.USDT_TRC20, null).getString("merchantOrderId"));
    }
    String newest = made.get(made.size() - 1);
    browser.signedInAs(VIEWER, PASSWORD);
    browser.open("console/orders.xhtml");

    assertThat(browser.text(By.id("list:orders"))).contains("1–20 of").contains(newest);
    browser.click(By.cssSelector("#list\\:orders .ui-paginator-next"));
    browser.waitForText(By.id("list:orders"), "21–");
    assertThat(browser.text(By.id("list:orders"))).doesNotContain(newest);

    browser.open("console/orders.xhtml");
    browser.click(By.xpath("//th[contains(., 'Created')]"));
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> !browser.text(By.id("list:orders")).contains(newest));
    browser.click(By.cssSelector("#list\\:orders .ui-paginator-last"));
    browser.waitForText(By.id("list:orders"), newest);
  }

  @Test
  void aPageWhoseStateIsGoneSaysSoKindly() {
    JsonObject checkout = paydesk.checkout("2.20", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitFor(By.id("actions:checkNow"));

    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(function (i) { i.value = 'gone'; });");
    browser.submit(By.id("actions:checkNow"));

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("This page has expired");
  }

  @Test
  void anOrderListFiltersByStatus() {
    JsonObject underpaid = paydesk.checkout("8.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(underpaid, "{\"kind\":\"PARTIAL\",\"amount\":\"3\"}");
    paydesk.awaitStatus(underpaid, "UNDERPAID");
    browser.signedInAs(VIEWER, PASSWORD);

    browser.open("console/orders.xhtml?status=UNDERPAID");

    assertThat(browser.text(By.id("list:orders")))
        .contains(underpaid.getString("merchantOrderId"))
        .contains("Underpaid")
        .doesNotContain("Awaiting payment");
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    browser.open(
        "console/orders.xhtml?status=UNDERPAID&token="
            + PaydeskHttp.USDT_TRC20
            + "&from="
            + today
            + "&to="
            + today);
    assertThat(browser.text(By.id("list:orders"))).contains(underpaid.getString("merchantOrderId"));
    browser.open("console/orders.xhtml?status=UNDERPAID&from=" + tomorrow);
    assertThat(browser.text(By.id("list:orders"))).contains("No order matches");
  }

  @Test
  void anOperatorChecksNowAndFindsAPaymentWhoseWebhookWasLost() {
    JsonObject checkout = paydesk.checkout("6.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}");
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitForText(By.id("status"), "Awaiting payment");

    browser.submit(By.id("actions:checkNow"));

    browser.waitForText(By.id("status"), "Paid");
    assertThat(browser.text(By.id("messages"))).contains("CCPayment was asked");
    assertThat(browser.text(By.id("timeline")))
        .contains("Checked at CCPayment")
        .contains("merchant · " + OPERATOR)
        .contains("reconciliation");
  }

  @Test
  void aLatePartPaymentWaitsInTheReviewQueueUntilAnOperatorMarksItReviewed() {
    JsonObject checkout = paydesk.checkout("100.00", PaydeskHttp.USDT_TRC20, 60L);
    paydesk.shopPost("api/v1/operations/expiry-runs", PaydeskHttp.asOf(Duration.ofMinutes(3)));
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"0.01\"}");
    paydesk.awaitStatus(checkout, "EXPIRED_UNDERPAID");
    browser.signedInAs(OPERATOR, PASSWORD);

    browser.open("console/orders.xhtml?review=1");
    browser.waitFor(By.linkText(checkout.getString("merchantOrderId")));
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    assertThat(browser.text(By.id("reviewReason")))
        .contains("late part-payment")
        .contains("0.01")
        .contains("not enough to count as paid");
    browser.screenshot("order-to-review");
    browser.type(By.id("reviewed:reviewNote"), "refunded the cent");
    browser.submit(By.id("reviewed:markReviewed"));

    browser.waitForText(By.id("timeline"), "refunded the cent");
    assertThat(browser.isPresent(By.id("reviewReason"))).isFalse();
    assertThat(browser.text(By.id("timeline"))).contains("Needs a review").contains("Reviewed");
  }

  @Test
  void anOperatorNotesAndCancelsAnOrderNobodyPaid() {
    JsonObject checkout = paydesk.checkout("9.00", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));

    browser.type(By.id("note:text"), "Buyer asked to cancel by phone");
    browser.submit(By.id("note:add"));
    browser.waitForText(By.id("timeline"), "Buyer asked to cancel by phone");
    assertThat(browser.imageLoaded(By.cssSelector("img.pd-qr")))
        .as("the payable order's QR code loads")
        .isTrue();
    assertThat(browser.text(By.id("amountRemaining"))).isEqualTo("9 USDT");
    // one click never cancels: the question names the order, and "keep" keeps it
    browser.submit(By.id("cancel:ask"));
    assertThat(browser.text(By.id("cancelQuestion")))
        .contains(checkout.getString("merchantOrderId"))
        .contains("cannot be undone");
    browser.submit(By.id("cancelConfirm:keep"));
    assertThat(browser.isPresent(By.id("cancelConfirm:confirm"))).isFalse();
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
    browser.submit(By.id("cancel:ask"));
    browser.type(By.id("cancelConfirm:reason"), "asked by phone");
    browser.screenshot("order-cancel-question");
    browser.submit(By.id("cancelConfirm:confirm"));

    browser.waitForText(By.id("status"), "Cancelled");
    assertThat(browser.text(By.id("timeline")))
        .contains("Note")
        .contains("Cancelled")
        .contains("Awaiting payment → Cancelled")
        .contains("merchant · " + OPERATOR);
    assertThat(browser.isPresent(By.id("cancel:ask"))).as("nothing left to cancel").isFalse();
    assertThat(browser.isPresent(By.id("amountRemaining")))
        .as("an ended order asks for nothing more")
        .isFalse();
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("CANCELLED");
    browser.screenshot("order-cancelled");

    // money after the cancel: recorded, the order stays cancelled, the buyer is told to ask for it
    paydesk.pay(checkout, "{\"kind\":\"PARTIAL\",\"amount\":\"0.50\"}");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> paydesk.reload(checkout).getString("amountPaid").equals("0.5"));
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("CANCELLED");
    browser.driver.get(checkout.getString("checkoutUrl") + "?lang=en");
    browser.waitForText(By.id("title"), "This payment request was cancelled");
    assertThat(browser.text(By.cssSelector(".lead")))
        .isEqualTo(
            "We received 0.5 USDT after this payment request was cancelled. It does not complete"
                + " a payment: contact Lumen to get it back.");
    assertThat(browser.isPresent(By.id("address"))).as("nothing invites more money").isFalse();
    assertThat(browser.isPresent(By.cssSelector("img.qr"))).isFalse();
    browser.screenshot("pay-cancelled-part-paid");
  }

  @Test
  void aViewerReadsButCannotActNorAdminister() {
    JsonObject checkout = paydesk.checkout("4.00", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs(VIEWER, PASSWORD);

    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitForText(By.id("status"), "Awaiting payment");
    assertThat(browser.isPresent(By.id("actions:checkNow"))).isFalse();

    browser.open("console/admin/users.xhtml");
    assertThat(browser.driver.getPageSource()).containsIgnoringCase("forbidden");
    assertThat(browser.isPresent(By.id("add:create"))).isFalse();
  }

  @Test
  void aViewersForgedCheckNowPostChangesNothing() {
    JsonObject checkout = paydesk.checkout("5.50", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\",\"drop\":true}"); // only a check finds it
    browser.signedInAs(VIEWER, PASSWORD);
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitForText(By.id("status"), "Awaiting payment");
    var page = browser.waitFor(By.tagName("body"));

    // what an operator's "Check now" button sends, forged into the viewer's own page and session
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + " f.action = document.getElementById('account').action;"
                + " var state = document.querySelector('input[name=\"jakarta.faces.ViewState\"]');"
                + " var nonce = document.querySelector('input[name=\"primefaces.nonce\"]');"
                + " [['actions', 'actions'], ['actions:checkNow', 'actions:checkNow'],"
                + "  ['jakarta.faces.ViewState', state.value],"
                + "  ['primefaces.nonce', nonce ? nonce.value : '']].forEach(function (p) {"
                + "   var i = document.createElement('input'); i.type = 'hidden';"
                + "   i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + " document.body.appendChild(f); f.submit();");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));

    // an action a viewer may not take, posted in their session: a page saying no, never a
    // server error in JSON
    HttpResponse<String> forged =
        browser.postInSession("console/admin/users.xhtml", "add=add&add%3Acreate=add%3Acreate");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(forged.body()).contains("Forbidden").doesNotContain("problem");
    assertThat(paydesk.reload(checkout).getString("status")).isEqualTo("AWAITING_PAYMENT");
    HttpResponse<String> timeline =
        paydesk.shopGet("api/v1/checkouts/" + checkout.getString("id") + "/timeline");
    assertThat(timeline.body())
        .as("no check was made, and nothing in the viewer's name")
        .doesNotContain("CHECKED_AT_GATEWAY")
        .doesNotContain(VIEWER);
  }

  @Test
  void whatABuyerOrShopWroteIsShownAsText() {
    String remark = "<script>alert('x')</script><b>bold</b>";
    HttpResponse<String> created =
        paydesk.createCheckout(
            Json.createObjectBuilder()
                .add("merchantOrderId", PaydeskHttp.uniqueOrderId("X"))
                .add("price", "1.00")
                .add("tokenId", PaydeskHttp.USDT_TRC20)
                .add("remark", remark)
                .build()
                .toString(),
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    browser.signedInAs("admin", ADMIN_PASSWORD);

    browser.open("console/order.xhtml?id=" + json(created).getString("id"));

    assertThat(browser.text(By.id("remark"))).isEqualTo(remark);
    assertThat(browser.isPresent(By.cssSelector("#remark b"))).isFalse();
  }

  @Test
  void consolePagesCarryTheSecurityHeaders() {
    HttpResponse<String> page = paydesk.get(paydesk.uri("console/login.xhtml"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"))
        .anySatisfy(p -> assertThat(p).contains("script-src 'self' 'nonce-"));
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(paydesk.get(paydesk.uri("console/templates/layout.xhtml")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdminPromotesAndThenDisablesAUser() {
    String demo = "demo-" + RUN;
    JsonObject checkout = paydesk.checkout("1.50", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs("admin", ADMIN_PASSWORD);
    addUser(demo, "VIEWER");
    changeUser(demo, "OPERATOR", true, "another-long-password");

    browser.signedInAs(demo, "another-long-password");
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitFor(By.id("actions:checkNow"));

    browser.signedInAs("admin", ADMIN_PASSWORD);
    changeUser(demo, "OPERATOR", false, "");
    browser.driver.manage().deleteAllCookies();
    browser.signIn(demo, "another-long-password");
    assertThat(browser.text(By.id("login:messages"))).contains("Sign-in refused");
  }

  static void changeUser(String username, String role, boolean enabled, String password) {
    browser.open("console/admin/users.xhtml?edit=" + username);
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("change:role")))
        .selectByValue(role);
    var box = browser.waitFor(By.id("change:enabled"));
    if (box.isSelected() != enabled) {
      box.click();
    }
    browser.type(By.id("change:password"), password);
    browser.submit(By.id("change:save"));
    browser.waitForText(By.id("messages"), "changed");
  }

  @Test
  void aUserChangesTheirOwnPassword() {
    String self = "self-" + RUN;
    browser.signedInAs("admin", ADMIN_PASSWORD);
    addUser(self, "VIEWER");
    browser.signedInAs(self, PASSWORD);

    browser.open("console/account.xhtml");
    browser.type(By.id("password:current"), PASSWORD);
    browser.type(By.id("password:next"), "my-own-new-password");
    browser.type(By.id("password:repeated"), "my-own-new-password");
    browser.submit(By.id("password:save"));

    browser.waitForText(By.id("messages"), "Your password is changed");
    browser.signedInAs(self, "my-own-new-password");
  }

  @Test
  void aFailingShopEndpointComesFirstAndAnEventIsSentAgainOnceTheShopIsBack() {
    // no shop listens on the configured endpoint during this class: every delivery fails
    JsonObject checkout = paydesk.checkout("7.00", PaydeskHttp.USDT_TRC20, null);
    String id = checkout.getString("id");
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    paydesk.awaitStatus(checkout, "PAID");
    awaitFirstEvent(id, e -> e.getInt("attempts") >= 1);

    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/deliveries.xhtml");
    String firstEndpoint = browser.text(By.cssSelector("#endpoints tbody tr:first-child"));
    assertThat(firstEndpoint).contains("Failing").contains("http://localhost:18765/shop-events");
    assertThat(browser.text(By.id("attention:events"))).contains(id).contains("checkout.paid");
    browser.screenshot("deliveries");

    try (ShopReceiver shop = ShopReceiver.start()) {
      browser.open("console/order.xhtml?id=" + id);
      assertThat(browser.text(By.id("events:shopEvents")))
          .contains("checkout.paid")
          .contains("PENDING")
          .contains("ConnectException");
      browser.submit(By.cssSelector("#events\\:shopEvents .pd-redeliver"));
      browser.waitForText(By.id("messages"), "queued again");
      await().atMost(Duration.ofSeconds(20)).until(() -> shop.accepted(id).size() == 1);
      assertThat(shop.accepted(id).get(0).type()).isEqualTo("checkout.paid");
      assertThat(shop.accepted(id).get(0).signed()).isTrue();
      // the shop has the event before Paydesk has recorded its answer: wait for that, then look
      awaitFirstEvent(id, e -> e.getString("status").equals("DELIVERED"));
      browser.open("console/order.xhtml?id=" + id);
      assertThat(browser.text(By.id("events:shopEvents")))
          .contains("DELIVERED")
          .contains("HTTP 200");
      browser.screenshot("order-shop-events");
    }
  }

  /** Waits until the checkout's first shop event, as the shop API lists it, is as asked. */
  private void awaitFirstEvent(String checkoutId, java.util.function.Predicate<JsonObject> state) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                state.test(
                    PaydeskHttp.parse(
                            paydesk
                                .shopGet(
                                    paydesk.uri("api/v1/checkouts/" + checkoutId + "/shop-events"))
                                .body())
                        .asJsonArray()
                        .getJsonObject(0)));
  }

  @Test
  void anOperatorHasTheSandboxsBuyerPayAnOrder() {
    JsonObject checkout = paydesk.checkout("7.70", PaydeskHttp.USDT_TRC20, null);
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));

    browser.click(By.id("actions:simulate"));
    assertThat(browser.waitFor(By.id("pay:order")).getAttribute("value"))
        .isEqualTo(checkout.getString("merchantOrderId"));
    browser.submit(By.id("pay:send"));
    browser.waitForText(By.id("messages"), "The simulated buyer paid");
    browser.screenshot("sandbox");

    paydesk.awaitStatus(checkout, "PAID");
    browser.open("console/order.xhtml?id=" + checkout.getString("id"));
    browser.waitForText(By.id("status"), "Paid");
  }

  @Test
  void anOperatorArmsAGatewayFaultAndClearsIt() {
    browser.signedInAs(OPERATOR, PASSWORD);
    browser.open("console/sandbox.xhtml");
    new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("fault:kind")))
        .selectByValue("HTTP_500");
    browser.submit(By.id("fault:arm"));
    browser.waitForText(By.id("messages"), "Fault armed");

    HttpResponse<String> refused =
        paydesk.createCheckout(
            PaydeskHttp.checkoutJson(
                PaydeskHttp.uniqueOrderId("F"), "1.00", PaydeskHttp.USDT_TRC20),
            UUID.randomUUID().toString());
    browser.open("console/sandbox.xhtml");
    browser.submit(By.id("clear:clearAll"));
    browser.waitForText(By.id("messages"), "Faults cleared");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(paydesk.checkout("1.00", PaydeskHttp.USDT_TRC20, null).getString("status"))
        .isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void anAdminSeesTheSettingsInEffectWithEverySecretHidden() {
    browser.signedInAs("admin", ADMIN_PASSWORD);

    browser.open("console/admin/settings.xhtml");

    String settings = browser.text(By.id("settings"));
    assertThat(browser.text(By.id("mode"))).isEqualTo("sandbox");
    assertThat(browser.text(By.id("version"))).isNotBlank().isNotEqualTo("unknown");
    assertThat(settings)
        .contains("paydesk.gateway.mode")
        .contains("paydesk.console.initial-admin-password")
        .contains("(set, hidden)")
        .doesNotContain(ADMIN_PASSWORD)
        .doesNotContain(PaydeskHttp.SANDBOX_APP_SECRET)
        .doesNotContain(PaydeskHttp.API_KEY);
    browser.screenshot("settings");
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signedInAs("admin", ADMIN_PASSWORD);

    browser.submit(By.id("account:signOut"));

    browser.waitFor(By.id("login:signIn"));
    browser.open("console/orders.xhtml");
    browser.waitFor(By.id("login:signIn"));
    assertThat(browser.url()).contains("/console/login.xhtml");
  }
}
