package dev.paydesk.app;

import com.sun.net.httpserver.HttpServer;
import dev.paydesk.application.shopevent.ShopEventSignature;
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
 * (paydesk.shop-events.endpoints): it keeps every delivery, checks its signature, and can be told
 * to be down for a checkout's first deliveries.
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
      byte[] body) {}

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
            boolean signed =
                ShopEventSignature.verify(
                    SECRET, exchange.getRequestHeaders().getFirst(ShopEventSignature.HEADER), body);
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
                    exchange.getRequestHeaders().getFirst(ShopEventSignature.HEADER),
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
