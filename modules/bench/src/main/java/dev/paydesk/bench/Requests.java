package dev.paydesk.bench;

import dev.paydesk.bench.Seeder.Kind;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The requests the scenarios send, as a shop, CCPayment and a merchant send them. */
final class Requests {

  static final String API_KEY = "bench-shop-key";
  static final String CONSOLE_PASSWORD = "bench-console-password";
  static final String TOKEN_USDT_TRC20 = "0912e09a-d8e2-41d7-a0bc-a25530892988";
  private static final String APP_ID = "sandbox-app-id";
  private static final String APP_SECRET = "sandbox-app-secret";

  private static final String CREATE_HEADERS =
      "Authorization: Bearer " + API_KEY + "\r\nContent-Type: application/json\r\n";

  private Requests() {}

  static boolean ok(KeepAliveClient.Answer answer) {
    return answer.status() >= 200 && answer.status() < 300;
  }

  static String pick(List<String> ids) {
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static byte[] createBody(String merchantOrderId) {
    return ("{\"merchantOrderId\":\""
            + merchantOrderId
            + "\",\"price\":\"25.00\",\"tokenId\":\""
            + TOKEN_USDT_TRC20
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A shop's new checkout (the sandbox makes the order over HTTP); whether it was created. */
  static boolean create(KeepAliveClient c) throws IOException {
    return c.send(
                "POST",
                "/paydesk/api/v1/checkouts",
                CREATE_HEADERS + "Idempotency-Key: " + UUID.randomUUID() + "\r\n",
                createBody("B-" + UUID.randomUUID()),
                false)
            .status()
        == 201;
  }

  /** A new checkout's id. */
  static String createdId(int port, String merchantOrderId) throws IOException {
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port)) {
      KeepAliveClient.Answer a =
          c.send(
              "POST",
              "/paydesk/api/v1/checkouts",
              CREATE_HEADERS + "Idempotency-Key: " + UUID.randomUUID() + "\r\n",
              createBody(merchantOrderId),
              true);
      if (a.status() != 201) {
        throw new IllegalStateException("create failed: " + a.status() + " " + a.text());
      }
      Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(a.text());
      if (!id.find()) {
        throw new IllegalStateException("no id in " + a.text());
      }
      return id.group(1);
    }
  }

  /** An API Deposit webhook paying a seeded order in full, as CCPayment sends it. */
  static String webhook(Kind kind, long n) {
    return "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\"bench-r-"
        + kind.letter
        + n
        + "\",\"order_id\":\""
        + Seeder.gatewayOrderId(kind, n)
        + "\",\"product_price\":\"25.00\",\"denominated_currency\":\"USD\",\"order_amount\":\"25\","
        + "\"fiat_rate\":\"1\",\"paid_amount\":\"25\",\"token_rate\":\"1\",\"chain\":\"TRX\","
        + "\"crypto\":\"USDT\",\"txid\":\"0xbench"
        + kind.letter
        + n
        + "\",\"extend\":{\"merchant_order_id\":\""
        + Seeder.merchantOrderId(kind, n)
        + "\"}}";
  }

  /** Sends a webhook signed as CCPayment signs it; whether it was answered {@code success}. */
  static boolean webhook(KeepAliveClient c, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(Instant.now());
    KeepAliveClient.Answer a =
        c.send(
            "POST",
            "/paydesk/webhooks/ccpayment",
            "Content-Type: application/json\r\nAppid: "
                + APP_ID
                + "\r\nTimestamp: "
                + timestamp
                + "\r\nSign: "
                + CcPaymentSignature.sign(APP_ID, APP_SECRET, timestamp, bytes)
                + "\r\n",
            bytes,
            true);
    return a.status() == 200 && a.text().equals("success");
  }

  /** The expiry use case run once through the operations endpoint; how many it expired. */
  static long expiryRun(KeepAliveClient c) throws IOException {
    KeepAliveClient.Answer answer =
        c.send(
            "POST",
            "/paydesk/api/v1/operations/expiry-runs",
            CREATE_HEADERS,
            "{}".getBytes(StandardCharsets.UTF_8),
            true);
    if (answer.status() != 200) {
      throw new IllegalStateException("expiry run: " + answer.status() + " " + answer.text());
    }
    Matcher m = Pattern.compile("\"expired\":(\\d+)").matcher(answer.text());
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
