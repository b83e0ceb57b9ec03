package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Talks to a running Paydesk over real HTTP, as a shop backend, a buyer's page or a test harness
 * would.
 */
final class PaydeskHttp {

  static final String API_KEY = "it-shop-key-7f3a9c1e5b2d8f4a6c0e9b1d3f5a7c9e";

  /**
   * {@code paydesk.public-url} of the servers under test (its default): every link Paydesk hands
   * out starts here, whichever address a test reached the server at.
   */
  static final String PUBLIC_URL = "http://localhost:8080/paydesk/";

  static final String SANDBOX_APP_ID = "sandbox-app-id";
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";
  static final String USDT_TRC20 = "0912e09a-d8e2-41d7-a0bc-a25530892988";
  static final String USDT_SOL_SUSPENDED = "f3c1a2b4-5d6e-4f70-8192-a3b4c5d6e7f8";
  static final String BTC = "8e5cdb5a-1c2d-4e3f-9a4b-5c6d7e8f9a0b";
  static final String XRP = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
  static final String SATS = "1d2c3b4a-5e6f-4a7b-9c8d-0e1f2a3b4c5d";

  /**
   * How long a request may go unanswered: a server killed under a request (the kill -9 test) must
   * end it as "no answer", not leave the caller waiting on a connection nobody will ever close.
   */
  private static final Duration ANSWER_WITHIN = Duration.ofMinutes(2);

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The WAR the build made (what a merchant deploys), not a test-assembled archive. */
  static WebArchive builtWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("paydesk.war")));
  }

  PaydeskHttp(URL deploymentUrl) {
    this.base =
        URI.create(
            deploymentUrl.toString().endsWith("/")
                ? deploymentUrl.toString()
                : deploymentUrl + "/");
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  /** Server root (where Payara serves /openapi and /health). */
  URI root(String path) {
    return base.resolve("/" + path);
  }

  static String uniqueOrderId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
  }

  static String checkoutJson(String merchantOrderId, String price, String tokenId) {
    return Json.createObjectBuilder()
        .add("merchantOrderId", merchantOrderId)
        .add("price", price)
        .add("tokenId", tokenId)
        .build()
        .toString();
  }

  HttpResponse<String> createCheckout(String json, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("api/v1/checkouts"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + API_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  HttpResponse<String> post(URI uri, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  /**
   * A shop's create sent as written, with the Host header it names (the JDK client will not send
   * another Host than the URI's); the raw answer, head and body.
   */
  String createWithHost(String host, String json) throws IOException {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      socket
          .getOutputStream()
          .write(
              ("POST "
                      + uri("api/v1/checkouts").getRawPath()
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + "\r\nAuthorization: Bearer "
                      + API_KEY
                      + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      + "Content-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A call to the sandbox's control API ({@code sandbox/control/…}), as the shop backend. */
  HttpResponse<String> control(String method, String path, String json) {
    return send(
        HttpRequest.newBuilder(uri("sandbox/control/" + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + API_KEY)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** What a QR code image says, read as a wallet would. */
  String decodeQr(URI qr) {
    HttpResponse<byte[]> png = getBytes(qr);
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
    try {
      var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
      // the PNG is the code alone, as a page shows it: decode it as such
      return new com.google.zxing.qrcode.QRCodeReader()
          .decode(
              new com.google.zxing.BinaryBitmap(
                  new com.google.zxing.common.HybridBinarizer(
                      new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))),
              java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
          .getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.google.zxing.ReaderException e) {
      throw new AssertionError("not a readable QR code: " + qr, e);
    }
  }

  HttpResponse<byte[]> getBytes(URI uri) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri).timeout(ANSWER_WITHIN).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Arms a sandbox fault for the next {@code bill/create} call. */
  void armFault(String kind) {
    HttpResponse<String> armed =
        control(
            "POST",
            "faults",
            "{\"kind\":\"" + kind + "\",\"count\":1,\"endpoint\":\"bill/create\",\"code\":13002}");
    assertThat(armed.statusCode()).isEqualTo(204);
  }

  /** A payable checkout, created the way a shop does. */
  JsonObject checkout(String price, String tokenId, Long validPeriodSeconds) {
    return checkout(price, tokenId, validPeriodSeconds, null);
  }

  /** A payable checkout whose page sends the buyer back to {@code returnUrl} (none when null). */
  JsonObject checkout(String price, String tokenId, Long validPeriodSeconds, String returnUrl) {
    var body =
        Json.createObjectBuilder()
            .add("merchantOrderId", uniqueOrderId("P"))
            .add("price", price)
            .add("tokenId", tokenId);
    if (validPeriodSeconds != null) {
      body.add("validPeriodSeconds", validPeriodSeconds);
    }
    if (returnUrl != null) {
      body.add("returnUrl", returnUrl);
    }
    HttpResponse<String> created =
        createCheckout(body.build().toString(), UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created);
  }

  /** Has the sandbox's simulated buyer pay the checkout (see SandboxControlResource). */
  JsonArray pay(JsonObject checkout, String simulationJson) {
    HttpResponse<String> paid =
        control(
            "POST",
            "orders/" + checkout.getString("merchantOrderId") + "/payments",
            simulationJson);
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    return (JsonArray) parse(paid.body());
  }

  JsonObject reload(JsonObject checkout) {
    return json(get(URI.create(checkout.getString("statusUrl"))));
  }

  /** Waits (no sleeps: polls) until the checkout reaches the status, then returns it. */
  JsonObject awaitStatus(JsonObject checkout, String status) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> reload(checkout), c -> c.getString("status").equals(status));
  }

  /** How many successful trades the sandbox's {@code bill/info} lists for the order now. */
  int sandboxTrades(String merchantOrderId) {
    JsonObject info =
        json(sandboxCall("bill/info", "{\"merchant_order_ids\":[\"" + merchantOrderId + "\"]}"));
    return info.getJsonArray("data").getJsonObject(0).getJsonArray("trade_list").size();
  }

  HttpResponse<String> shopPost(String path, String json) {
    return post(uri(path), "application/json", json, "Authorization", "Bearer " + API_KEY);
  }

  HttpResponse<String> shopGet(String path) {
    return shopGet(uri(path));
  }

  HttpResponse<String> shopGet(URI uri) {
    return send(
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + API_KEY).GET().build());
  }

  /** POSTs a webhook to Paydesk's webhook receiver, signed with the given secret. */
  HttpResponse<String> webhook(String body, String appId, String timestamp, String secret) {
    return signedWebhook(
        "webhooks/ccpayment", body, appId, timestamp, secret, CcPaymentSignature::sign);
  }

  /** POSTs a v2 webhook to Paydesk's v2 receiver, signed the v2 way with the given secret. */
  HttpResponse<String> webhookV2(String body, String appId, String timestamp, String secret) {
    return signedWebhook(
        "webhooks/ccpayment/v2", body, appId, timestamp, secret, CcPaymentV2Signature::sign);
  }

  private HttpResponse<String> signedWebhook(
      String path, String body, String appId, String timestamp, String secret, Signer signer) {
    String sign = signer.sign(appId, secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    return post(
        uri(path),
        "application/json; charset=utf-8",
        body,
        "Appid",
        appId,
        "Timestamp",
        timestamp,
        "Sign",
        sign);
  }

  HttpResponse<String> webhook(String body) {
    return webhook(
        body, SANDBOX_APP_ID, CcPaymentSignature.timestamp(Instant.now()), SANDBOX_APP_SECRET);
  }

  void clearFaults() {
    HttpResponse<String> cleared = control("DELETE", "faults", null);
    assertThat(cleared.statusCode()).isEqualTo(204);
  }

  /** Calls the sandbox's CCPayment v1 API directly, signed as a merchant would. */
  HttpResponse<String> sandboxCall(String endpoint, String body, String timestamp, String secret) {
    return signedSandboxCall("v1/" + endpoint, body, timestamp, secret, CcPaymentSignature::sign);
  }

  HttpResponse<String> sandboxCall(String endpoint, String body) {
    return sandboxCall(
        endpoint, body, CcPaymentSignature.timestamp(Instant.now()), SANDBOX_APP_SECRET);
  }

  /** Calls the sandbox's CCPayment v2 face directly, signed the v2 way (HMAC-SHA256). */
  HttpResponse<String> sandboxV2Call(String route, String body, String timestamp, String secret) {
    return signedSandboxCall("v2/" + route, body, timestamp, secret, CcPaymentV2Signature::sign);
  }

  HttpResponse<String> sandboxV2Call(String route, String body) {
    return sandboxV2Call(
        route, body, CcPaymentSignature.timestamp(Instant.now()), SANDBOX_APP_SECRET);
  }

  /** A version's signature over {@code appId}, secret, timestamp and body. */
  interface Signer {
    String sign(String appId, String appSecret, String timestamp, byte[] body);
  }

  private HttpResponse<String> signedSandboxCall(
      String path, String body, String timestamp, String secret, Signer signer) {
    String sign =
        signer.sign(SANDBOX_APP_ID, secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    return post(
        uri("sandbox/ccpayment/" + path),
        "application/json; charset=utf-8",
        body,
        "Appid",
        SANDBOX_APP_ID,
        "Timestamp",
        timestamp,
        "Sign",
        sign);
  }

  static JsonObject json(HttpResponse<String> response) {
    return (JsonObject) parse(response.body());
  }

  static JsonStructure parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    HttpRequest bounded =
        request.timeout().isPresent()
            ? request
            : HttpRequest.newBuilder(request, (name, value) -> true).timeout(ANSWER_WITHIN).build();
    try {
      return http.send(bounded, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String asOf(Duration ahead) {
    return "{\"asOf\":\"" + Instant.now().plus(ahead) + "\"}";
  }

  static String webhook(JsonObject checkout, String status, String amount) {
    return webhook(
        checkout,
        status,
        amount,
        "7" + Math.abs(System.nanoTime()),
        "0x" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** A v2 ApiDeposit webhook for one of a checkout's payment records, as CCPayment sends it. */
  static String webhookV2(JsonObject checkout, String recordId) {
    return Json.createObjectBuilder()
        .add("type", "ApiDeposit")
        .add(
            "msg",
            Json.createObjectBuilder()
                .add("recordId", recordId)
                .add("orderId", checkout.getString("merchantOrderId"))
                .add("coinId", 1280)
                .add("coinSymbol", "USDT")
                .add("status", "Success")
                .add("isFlaggedAsRisky", false))
        .build()
        .toString();
  }

  HttpResponse<String> webhookV2(String body) {
    return webhookV2(
        body, SANDBOX_APP_ID, CcPaymentSignature.timestamp(Instant.now()), SANDBOX_APP_SECRET);
  }

  /** An API Deposit webhook for a checkout, as CCPayment sends it. */
  static String webhook(
      JsonObject checkout, String status, String amount, String recordId, String txid) {
    return Json.createObjectBuilder()
        .add("pay_status", status)
        .add("order_type", "API Deposit")
        .add("record_id", recordId)
        .add("order_id", checkout.getString("ccpaymentOrderId", "unknown-to-the-test"))
        .add("product_price", checkout.getString("price"))
        .add("denominated_currency", "USD")
        .add("order_amount", checkout.getString("cryptoAmount"))
        .add("fiat_rate", "1")
        .add("paid_amount", amount)
        .add("token_rate", "1")
        .add("chain", "TRX")
        .add("crypto", "USDT")
        .add("txid", txid)
        .add(
            "extend",
            Json.createObjectBuilder()
                .add("merchant_order_id", checkout.getString("merchantOrderId")))
        .build()
        .toString();
  }

  /**
   * Sends pairs of identical create requests (same Idempotency-Key, same body) at the same moment.
   * Each answer must be the checkout (201) or "still being created" (409 with Retry-After) that a
   * retry turns into the same checkout; never the permanent-looking "merchant order id taken".
   */
  static void assertIdenticalRacingCreatesNeverConflict(PaydeskHttp paydesk, int pairs)
      throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int pair = 0; pair < pairs; pair++) {
        String body = checkoutJson(uniqueOrderId("R"), "3.00", USDT_TRC20);
        String key = UUID.randomUUID().toString();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> sent =
            new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
          sent.add(
              pool.submit(
                  () -> {
                    start.await();
                    return paydesk.createCheckout(body, key);
                  }));
        }
        start.countDown();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var answer : sent) {
          HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
          if (response.statusCode() == 409) {
            assertThat(json(response).getString("type"))
                .as(response.body())
                .isEqualTo("urn:paydesk:problem:checkout-in-progress");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            response =
                await()
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> paydesk.createCheckout(body, key), r -> r.statusCode() != 409);
          }
          assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
          ids.add(json(response).getString("id"));
        }
        assertThat(ids).as("pair %d made one checkout", pair).hasSize(1);
      }
    } finally {
      pool.shutdown();
    }
  }

  static java.util.List<HttpResponse<String>> deliverConcurrently(
      PaydeskHttp paydesk, String body, int copies) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(copies);
    try {
      java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent =
          new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int i = 0; i < copies; i++) {
        sent.add(
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return paydesk.webhook(body);
                },
                pool));
      }
      start.countDown();
      java.util.List<HttpResponse<String>> answers = new java.util.ArrayList<>();
      for (var f : sent) {
        answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }
}
