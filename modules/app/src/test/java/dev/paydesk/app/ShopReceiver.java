package dev.paydesk.app;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import dev.paydesk.client.event.ShopEventRefused;
import dev.paydesk.client.event.ShopEvents;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A shop backend's event endpoint, as the tests' Paydesk is told to call it
 * (paydesk.shop-events.endpoints): it keeps every delivery, checks both its signatures with the
 * shop kit ({@link ShopEvents}: the Standard Webhooks headers, and Paydesk-Signature on its own),
 * and can be told to be down for a checkout's first deliveries.
 */
final class ShopReceiver implements AutoCloseable {

  static final int PORT = 18765;
  static final String SECRET = "it-shop-secret";

  /** One delivery as it arrived. */
  record Delivery(
      String eventId,
      String type,
      String checkoutId,
      boolean signed,
      int answered,
      JsonObject checkout,
      JsonObject event,
      String signature,
      Map<String, List<String>> headers,
      byte[] body) {

    /** Whether the delivery carries a signature of {@code scheme} made with {@code secret}. */
    boolean signedWith(String secret, String scheme) {
      return verifies(body, ShopEvents.Headers.of(headers), secret, scheme);
    }
  }

  /**
   * Whether the shop kit verifies the body with one scheme's headers alone ({@link
   * ShopEvents#WEBHOOK_SIGNATURE} or {@link ShopEvents#HEADER}).
   */
  static boolean verifies(byte[] body, ShopEvents.Headers headers, String secret, String scheme) {
    ShopEvents.Headers only =
        name ->
            name.equalsIgnoreCase(scheme)
                    || (scheme.equals(ShopEvents.WEBHOOK_SIGNATURE)
                        && name.regionMatches(true, 0, "webhook-", 0, 8))
                ? headers.get(name)
                : null;
    try {
      ShopEvents.verify(body, only, List.of(secret), ShopEvents.DEFAULT_TOLERANCE);
      return true;
    } catch (ShopEventRefused refused) {
      return false;
    }
  }

  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> downFor = new ConcurrentHashMap<>();
  private final HttpServer server;

  private ShopReceiver(HttpServer server) {
    this.server = server;
  }

  static ShopReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
      ShopReceiver receiver = new ShopReceiver(server);
      server.createContext(
          "/shop-events",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonObject event =
                (JsonObject) PaydeskHttp.parse(new String(body, StandardCharsets.UTF_8));
            JsonObject checkout = event.getJsonObject("data").getJsonObject("checkout");
            String checkoutId = checkout.getString("id");
            Headers headers = exchange.getRequestHeaders();
            boolean signed =
                verifies(body, headers::getFirst, SECRET, ShopEvents.WEBHOOK_SIGNATURE)
                    && verifies(body, headers::getFirst, SECRET, ShopEvents.HEADER);
            AtomicInteger down = receiver.downFor.get(checkoutId);
            int status = down != null && down.getAndDecrement() > 0 ? 503 : 200;
            receiver.deliveries.add(
                new Delivery(
                    event.getString("id"),
                    event.getString("type"),
                    checkoutId,
                    signed,
                    status,
                    checkout,
                    event,
                    headers.getFirst(ShopEvents.HEADER),
                    Map.copyOf(headers),
                    body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers 503 to the checkout's next {@code times} deliveries. */
  void downFor(String checkoutId, int times) {
    downFor.put(checkoutId, new AtomicInteger(times));
  }

  List<Delivery> of(String checkoutId) {
    return deliveries.stream().filter(d -> d.checkoutId().equals(checkoutId)).toList();
  }

  List<Delivery> accepted(String checkoutId) {
    return of(checkoutId).stream().filter(d -> d.answered() == 200).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
