package dev.paydesk.ccpayment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real HTTP to a local receiver that refuses at first: the sender retries, signs each attempt
 * afresh, gives up after six.
 */
class SandboxWebhookSenderTest {

  HttpServer receiver;
  ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
  final List<String> delivered = new CopyOnWriteArrayList<>();
  final List<String> signatureValid = new CopyOnWriteArrayList<>();
  final List<String> v2SignatureValid = new CopyOnWriteArrayList<>();
  final AtomicInteger refuseFirst = new AtomicInteger();
  final List<String> acknowledged = new CopyOnWriteArrayList<>();
  final List<String> upgradeOffers = new CopyOnWriteArrayList<>();
  final List<String> protocols = new CopyOnWriteArrayList<>();
  SandboxWebhookSender sender;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean valid =
              CcPaymentSignature.verify(
                  exchange.getRequestHeaders().getFirst("Appid"),
                  "secret",
                  exchange.getRequestHeaders().getFirst("Timestamp"),
                  body,
                  exchange.getRequestHeaders().getFirst("Sign"));
          signatureValid.add(Boolean.toString(valid));
          v2SignatureValid.add(
              Boolean.toString(
                  CcPaymentV2Signature.verify(
                      exchange.getRequestHeaders().getFirst("Appid"),
                      "secret",
                      exchange.getRequestHeaders().getFirst("Timestamp"),
                      body,
                      exchange.getRequestHeaders().getFirst("Sign"))));
          upgradeOffers.add(String.valueOf(exchange.getRequestHeaders().getFirst("Upgrade")));
          protocols.add(exchange.getProtocol());
          delivered.add(new String(body, StandardCharsets.UTF_8));
          boolean refuse = refuseFirst.getAndDecrement() > 0;
          byte[] answer = (refuse ? "busy" : "success").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(refuse ? 503 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    receiver.start();
    sender = new SandboxWebhookSender();
    sender.settings = SandboxLimitsTest.settings(0.001);
    sender.clock = Clock.systemUTC();
    sender.scheduler = managed(pool);
    sender.store =
        new SandboxOrderStore() {
          @Override
          void markDelivered(String recordId) {
            acknowledged.add(recordId);
          }
        };
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    pool.shutdownNow();
  }

  String url() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void retriesUntilAcknowledgedWithAFreshValidSignatureEachTime() {
    refuseFirst.set(3);
    sender.sendInOrder(List.of(new SandboxWebhookSender.Delivery(url(), "{\"n\":1}", "r1", true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("r1"));
    assertThat(delivered).hasSize(4);
    assertThat(signatureValid).containsOnly("true");
  }

  @Test
  void aV2WebhookIsSignedTheV2WayOnEveryAttempt() {
    refuseFirst.set(1);
    String body =
        "{\"type\":\"ApiDeposit\",\"msg\":{\"recordId\":\"r6\",\"orderId\":\"A-1\",\"coinId\":1280,"
            + "\"coinSymbol\":\"USDT\",\"status\":\"Success\",\"isFlaggedAsRisky\":false}}";
    sender.sendInOrder(List.of(new SandboxWebhookSender.Delivery(url(), body, "r6", true, true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("r6"));

    assertThat(delivered).containsExactly(body, body);
    assertThat(v2SignatureValid).containsOnly("true");
    assertThat(signatureValid).as("not v1's SHA-256 formula").containsOnly("false");
  }

  @Test
  void givesUpAfterSixRetries() {
    refuseFirst.set(100);
    sender.sendInOrder(List.of(new SandboxWebhookSender.Delivery(url(), "{\"n\":2}", "r2", true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 7);
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> delivered.size() == 7);
    assertThat(acknowledged).isEmpty();
  }

  @Test
  void sendsAChainInOrder() {
    sender.sendInOrder(
        List.of(
            new SandboxWebhookSender.Delivery(url(), "processing", "r3", false),
            new SandboxWebhookSender.Delivery(url(), "success", "r3", true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("r3"));
    assertThat(delivered).containsExactly("processing", "success");
  }

  @Test
  void speaksPlainHttp11WithoutOfferingAnUpgrade() {
    sender.sendInOrder(List.of(new SandboxWebhookSender.Delivery(url(), "{}", "r4", true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("r4"));

    assertThat(protocols).containsOnly("HTTP/1.1");
    assertThat(upgradeOffers).containsOnly("null");
  }

  @Test
  void aDelayedChainStartsAfterItsDelay() {
    long start = System.nanoTime();
    sender.sendInOrderAfter(
        Duration.ofMillis(700),
        List.of(new SandboxWebhookSender.Delivery(url(), "{}", "r5", true)));
    await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.contains("r5"));

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(700));
  }

  /** The container's executor, played by a plain one. */
  static ManagedScheduledExecutorService managed(ScheduledExecutorService delegate) {
    return (ManagedScheduledExecutorService)
        Proxy.newProxyInstance(
            SandboxWebhookSenderTest.class.getClassLoader(),
            new Class<?>[] {ManagedScheduledExecutorService.class},
            (proxy, method, args) -> method.invoke(delegate, args));
  }
}
