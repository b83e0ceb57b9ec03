package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.paydesk.client.api.Checkout;
import dev.paydesk.client.api.CheckoutPage;
import dev.paydesk.client.api.CheckoutSearch;
import dev.paydesk.client.api.NewCheckout;
import dev.paydesk.client.api.PaydeskApi;
import dev.paydesk.client.api.PaydeskClients;
import dev.paydesk.client.api.PaydeskProblem;
import dev.paydesk.client.api.Quote;
import dev.paydesk.client.api.ShopEventDelivery;
import dev.paydesk.client.api.TimelineEntry;
import dev.paydesk.client.api.Token;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop kit's typed client ({@code paydesk-client}) against the real Paydesk, as a Java SE shop
 * uses it: {@link PaydeskClients#connect} with Jersey's MicroProfile Rest Client (Payara's own),
 * JSON-B records, problems as {@link PaydeskProblem}.
 */
class ShopKitIT extends ShopReceivingTest {

  PaydeskApi api;

  @BeforeEach
  void connectTheKit() {
    api = PaydeskClients.connect(paydesk.uri("api/"), PaydeskHttp.API_KEY);
  }

  @AfterEach
  void clearFaults() {
    paydesk.clearFaults();
  }

  void payInFull(Checkout checkout) {
    paydesk.pay(
        Json.createObjectBuilder().add("merchantOrderId", checkout.merchantOrderId()).build(),
        "{\"kind\":\"FULL\"}");
  }

  @Test
  void aShopTakesAPaidOrderWithTypedCallsOnly() {
    List<Token> tokens = api.tokens();
    Token usdt =
        tokens.stream()
            .filter(t -> t.tokenId().equals(PaydeskHttp.USDT_TRC20))
            .findFirst()
            .orElseThrow();
    assertThat(usdt.crypto()).isEqualTo("USDT");
    assertThat(usdt.network()).isNotBlank();
    Quote quote = api.quote(usdt.tokenId(), new BigDecimal("19.99"));
    assertThat(quote.amount()).isPositive();
    assertThat(quote.price()).isEqualByComparingTo("19.99");

    String orderId = PaydeskHttp.uniqueOrderId("KIT");
    String key = UUID.randomUUID().toString();
    NewCheckout order =
        NewCheckout.of(orderId, new BigDecimal("3.00"), "USD", usdt.tokenId())
            .returningTo("https://shop.example/orders/" + orderId);
    Checkout created = PaydeskClients.create(api, key, order);

    assertThat(created.status()).isEqualTo("AWAITING_PAYMENT");
    assertThat(created.cryptoAmount()).isEqualByComparingTo("3");
    assertThat(created.payAddress()).isNotBlank();
    assertThat(created.checkoutUrl()).hasToString(PaydeskHttp.PUBLIC_URL + "pay/" + created.id());
    assertThat(created.moneyCoversTheOrder()).isFalse();
    assertThat(PaydeskClients.create(api, key, order).id())
        .as("the same key, the same checkout")
        .isEqualTo(created.id());

    payInFull(created);
    Checkout paid =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> api.checkout(created.id()), Checkout::moneyCoversTheOrder);

    assertThat(paid.status()).isEqualTo("PAID");
    assertThat(paid.amountPaid()).isEqualByComparingTo("3");
    assertThat(paid.amountRemaining()).isEqualByComparingTo("0");
    assertThat(paid.payments()).singleElement().satisfies(p -> assertThat(p.txid()).isNotBlank());
    CheckoutPage found = api.checkouts(CheckoutSearch.byMerchantOrderId(orderId));
    assertThat(found.total()).isEqualTo(1);
    assertThat(found.items()).extracting(Checkout::id).containsExactly(created.id());
    assertThat(api.timeline(created.id()))
        .extracting(TimelineEntry::toStatus)
        .contains("AWAITING_PAYMENT", "PAID");

    ShopEventDelivery paidEvent =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    api.shopEvents(created.id()).stream()
                        .filter(e -> e.type().equals("checkout.paid"))
                        .filter(e -> e.status().equals("DELIVERED"))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(paidEvent.history()).isNotEmpty();
    List<ShopEventDelivery> again = api.redeliverShopEvent(created.id(), paidEvent.eventId());
    assertThat(again).extracting(ShopEventDelivery::status).containsOnly("PENDING");
  }

  @Test
  void refusalsArriveAsTypedProblems() {
    assertThatThrownBy(() -> api.checkout("co_0000000000000000000000000"))
        .isInstanceOfSatisfying(
            PaydeskProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(404);
              assertThat(p.type()).isEqualTo(PaydeskProblem.CHECKOUT_NOT_FOUND);
            });

    String orderId = PaydeskHttp.uniqueOrderId("KIT");
    assertThatThrownBy(
            () ->
                PaydeskClients.create(
                    api,
                    UUID.randomUUID().toString(),
                    NewCheckout.of(orderId, new BigDecimal("-1"), "USD", PaydeskHttp.USDT_TRC20)))
        .isInstanceOfSatisfying(
            PaydeskProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(422);
              assertThat(p.type()).isEqualTo(PaydeskProblem.INVALID_REQUEST);
              assertThat(p.errors()).extracting(PaydeskProblem.FieldError::field).contains("price");
              assertThat(p.retryable()).isFalse();
            });

    String key = UUID.randomUUID().toString();
    PaydeskClients.create(
        api, key, NewCheckout.of(orderId, new BigDecimal("2.00"), "USD", PaydeskHttp.USDT_TRC20));
    assertThatThrownBy(
            () ->
                PaydeskClients.create(
                    api,
                    key,
                    NewCheckout.of(orderId, new BigDecimal("2.50"), "USD", PaydeskHttp.USDT_TRC20)))
        .isInstanceOfSatisfying(
            PaydeskProblem.class,
            p -> assertThat(p.type()).isEqualTo(PaydeskProblem.IDEMPOTENCY_KEY_REUSED));

    PaydeskApi wrongKey = PaydeskClients.connect(paydesk.uri("api/"), "not-a-key");
    assertThatThrownBy(() -> wrongKey.quote(PaydeskHttp.USDT_TRC20, BigDecimal.ONE))
        .isInstanceOfSatisfying(
            PaydeskProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(401);
              assertThat(p.type()).isEqualTo(PaydeskProblem.UNAUTHORIZED);
            });
  }

  /**
   * CCPayment holds its answer to the first request (a sandbox TIMEOUT fault, past Paydesk's 2 s
   * read timeout in the tests); the same request sent meanwhile is told {@code
   * checkout-in-progress} with {@code Retry-After}, which {@link PaydeskClients#create} waits out
   * until the checkout is made.
   */
  @Test
  void aCreationInProgressIsWaitedOutAsRetryAfterSays() throws Exception {
    api.tokens(); // the token list cached: the fault hits bill/create
    paydesk.armFault("TIMEOUT");
    String key = UUID.randomUUID().toString();
    NewCheckout order =
        NewCheckout.of(
            PaydeskHttp.uniqueOrderId("KIT"),
            new BigDecimal("4.00"),
            "USD",
            PaydeskHttp.USDT_TRC20);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Object> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return api.createCheckout(key, order);
                } catch (PaydeskProblem p) {
                  return p;
                }
              },
              pool);
      Thread.sleep(400);
      long start = System.nanoTime();
      Checkout waited =
          CompletableFuture.supplyAsync(() -> PaydeskClients.create(api, key, order), pool)
              .get(40, TimeUnit.SECONDS);
      long waitedMillis = (System.nanoTime() - start) / 1_000_000;

      Object firstAnswer = first.get(40, TimeUnit.SECONDS);
      assertThat(firstAnswer)
          .as("the held request: CCPayment did not answer in time")
          .isInstanceOfSatisfying(
              PaydeskProblem.class,
              p -> {
                assertThat(p.type()).isEqualTo(PaydeskProblem.GATEWAY_UNAVAILABLE);
                assertThat(p.retryAfter()).isPresent();
                assertThat(p.retryable()).isTrue();
              });
      assertThat(waited.status()).isEqualTo("AWAITING_PAYMENT");
      assertThat(waitedMillis)
          .as("it waited Retry-After (2 s) at least once")
          .isGreaterThanOrEqualTo(2000);
      assertThat(PaydeskClients.create(api, key, order).id()).isEqualTo(waited.id());
      System.out.printf(
          "ShopKitIT: the in-progress creation answered after %d ms of waiting%n", waitedMillis);
    } finally {
      pool.shutdownNow();
    }
  }
}
