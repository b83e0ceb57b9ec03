package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shop kit end to end (issue 24): the example shop ({@code examples/shop}, built on the kit
 * alone) on a Payara Micro of its own, and a Paydesk (sandbox) that sends it its events. A buyer
 * buys in a real browser, pays on Paydesk's pay page (the sandbox's buyer sends the money), comes
 * back to the shop, and the order is shipped exactly once, although the shop fails on the first
 * delivery of {@code checkout.paid} (its failure drill) and Paydesk delivers it again, and although
 * the event is redelivered once more afterwards.
 */
class ExampleShopIT {

  static final int PAYDESK_PORT = 8283;
  static final int SHOP_PORT = 8284;
  static final String SECRET = "example-shop-secret-7d41c09b2e8f";
  static final String SHOP = "http://localhost:" + SHOP_PORT + "/shop/";

  static PaydeskInstance paydeskInstance;
  static PaydeskInstance shopInstance;
  static PaydeskHttp paydesk;

  @BeforeAll
  static void startPaydeskAndTheShop() {
    paydeskInstance =
        PaydeskInstance.start(
            PAYDESK_PORT,
            "-Dpaydesk.shop-events.endpoints=" + SHOP + "paydesk-events",
            "-Dpaydesk.shop-events.secret=" + SECRET,
            "-Dpaydesk.pay.store-name=Example shop");
    paydesk = new PaydeskHttp(paydeskInstance.url());
    shopInstance =
        PaydeskInstance.startWar(
            SHOP_PORT,
            System.getProperty("example.shop.war"),
            "shop",
            "",
            "-Dpaydesk/mp-rest/url=" + paydesk.uri("api/"),
            "-Dpaydesk.api-key=" + PaydeskHttp.API_KEY,
            "-Dpaydesk.shop-events.secret=" + SECRET,
            "-Dshop.public-url=" + SHOP,
            "-Dexample.fail-first-paid-events=1");
  }

  @AfterAll
  static void stop() {
    if (shopInstance != null) {
      shopInstance.close();
    }
    if (paydeskInstance != null) {
      paydeskInstance.close();
    }
  }

  static JsonObject order(String id) {
    HttpResponse<String> answer = paydesk.get(URI.create(SHOP + "api/orders/" + id));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return PaydeskHttp.json(answer);
  }

  static JsonObject paidEvent(String checkoutId) {
    JsonArray events =
        (JsonArray)
            PaydeskHttp.parse(
                paydesk.shopGet("api/v1/checkouts/" + checkoutId + "/shop-events").body());
    return events.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("type").equals("checkout.paid"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBuyerPaysAndTheShopShipsExactlyOnceThroughFailureAndRedelivery() throws Exception {
    try (ConsoleBrowser browser = ConsoleBrowser.start(URI.create(SHOP).toURL())) {
      browser.open("");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Paydesk mug");
      browser.screenshot("example-shop-product");
      browser.submit(By.id("buy"));

      // on Paydesk's pay page now, sent there by the shop with the checkout the kit made
      new WebDriverWait(browser.driver, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.getCurrentUrl().startsWith(paydesk.uri("pay/").toString()));
      String checkoutId = browser.url().substring(browser.url().lastIndexOf('/') + 1);
      JsonObject checkout =
          PaydeskHttp.json(paydesk.get(paydesk.uri("api/v1/checkouts/" + checkoutId)));
      String orderId = checkout.getString("merchantOrderId");
      assertThat(checkout.getString("returnUrl")).isEqualTo(SHOP + "orders/" + orderId);
      assertThat(order(orderId).getString("status")).isEqualTo("AWAITING_PAYMENT");
      browser.waitFor(By.id("address"));
      assertThat(browser.imageLoaded(By.cssSelector("img.qr"))).as("the QR code loaded").isTrue();
      browser.screenshot("example-shop-pay-page");

      paydesk.pay(checkout, "{\"kind\":\"FULL\"}"); // the buyer's wallet sends the money
      new WebDriverWait(browser.driver, Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> "Payment received".equals(d.findElement(By.id("title")).getText()));
      assertThat(browser.text(By.id("return"))).isEqualTo("Back to Example shop");
      browser.click(By.id("return"));

      // the order page reloads itself while it waits: Paydesk's first delivery failed (the drill)
      new WebDriverWait(browser.driver, Duration.ofSeconds(60))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("status")).getText().equals("Paid, and on its way"));
      assertThat(browser.text(By.id("shipments"))).isEqualTo("1 time");
      assertThat(browser.text(By.id("payment"))).isEqualTo("Paid, 3 of 3 USDT received");
      browser.screenshot("example-shop-order-paid");

      JsonObject paid = paidEvent(checkoutId);
      assertThat(paid.getString("status")).isEqualTo("DELIVERED");
      List<JsonObject> history = paid.getJsonArray("history").getValuesAs(JsonObject.class);
      assertThat(history).hasSizeGreaterThanOrEqualTo(2);
      assertThat(history.get(0).getInt("httpStatus")).as("the drill's failure").isEqualTo(500);
      assertThat(history.get(history.size() - 1).getInt("httpStatus")).isEqualTo(200);
      assertThat(history.get(history.size() - 1).getString("excerpt")).contains("TAKEN");

      // Paydesk sends it once more (as after a lost answer): the shop takes it as a repeat
      HttpResponse<String> again =
          paydesk.shopPost(
              "api/v1/checkouts/"
                  + checkoutId
                  + "/shop-events/"
                  + paid.getString("eventId")
                  + "/redeliver",
              "");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      JsonObject redelivered =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> paidEvent(checkoutId),
                  e ->
                      e.getString("status").equals("DELIVERED")
                          && e.getJsonArray("history").size() > history.size());
      List<JsonObject> later = redelivered.getJsonArray("history").getValuesAs(JsonObject.class);
      assertThat(later.get(later.size() - 1).getString("excerpt")).contains("DUPLICATE");
      assertThat(order(orderId).getInt("shipments")).as("shipped exactly once").isEqualTo(1);
      assertThat(order(orderId).getBoolean("confirmationSent"))
          .as("the @ObservesAsync observer ran before the shop answered")
          .isTrue();
      System.out.printf(
          "ExampleShopIT: checkout.paid took %d deliveries (first failed by the drill), then one"
              + " redelivery answered DUPLICATE; shipments: %d%n",
          history.size(), order(orderId).getInt("shipments"));
    }
  }

  @Test
  void aForgedEventIsRefusedAndChangesNothing() {
    HttpResponse<String> forged =
        paydesk.post(
            URI.create(SHOP + "paydesk-events"),
            "application/json",
            "{\"id\":\"evt_forged\",\"type\":\"checkout.paid\",\"createdAt\":\"2026-12-06T10:00:00Z\","
                + "\"livemode\":false,\"data\":{\"checkout\":{\"merchantOrderId\":\"S-NONE\"}}}",
            "webhook-id",
            "evt_forged",
            "webhook-timestamp",
            Long.toString(java.time.Instant.now().getEpochSecond()),
            "webhook-signature",
            "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(PaydeskHttp.json(forged).getString("reason")).isEqualTo("BAD_SIGNATURE");
  }
}
