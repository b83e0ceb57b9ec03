package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.signature.CcPaymentV2Signature;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Delivers signed webhooks as CCPayment does: POST, then, until the answer is HTTP 200 with {@code
 * success} in its body, up to six retries on CCPayment's schedule (scaled by {@link
 * SandboxSettings#webhookTimeFactor()}). Each attempt carries a fresh {@code Timestamp} and {@code
 * Sign}.
 */
@ApplicationScoped
class SandboxWebhookSender {

  private static final System.Logger LOG = System.getLogger(SandboxWebhookSender.class.getName());

  /** The waits before each retry, CCPayment's (v2) schedule: 30 s, 1, 2, 4, 8, 16 min. */
  static final List<Duration> RETRY_DELAYS =
      List.of(
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(2),
          Duration.ofMinutes(4),
          Duration.ofMinutes(8),
          Duration.ofMinutes(16));

  /**
   * One webhook to send.
   *
   * @param v2 signed the v2 way (HMAC-SHA256) rather than v1's
   */
  record Delivery(String url, String body, String recordId, boolean isFinal, boolean v2) {

    /** A v1 webhook. */
    Delivery(String url, String body, String recordId, boolean isFinal) {
      this(url, body, recordId, isFinal, false);
    }
  }

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject SandboxSettings settings;

  @Inject SandboxOrderStore store;

  @Inject Clock clock;

  /** Plain HTTP/1.1, as CCPayment's sender: no {@code Upgrade: h2c} offer. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Sends the deliveries one after another (each after the first attempt of the one before). */
  void sendInOrder(List<Delivery> deliveries) {
    sendInOrderAfter(Duration.ZERO, deliveries);
  }

  /** As {@link #sendInOrder}, starting after {@code delay} (not scaled: it is a simulated wait). */
  void sendInOrderAfter(Duration delay, List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    if (delay.isZero() || delay.isNegative()) {
      scheduler.execute(() -> attempt(deliveries, 0, 0));
    } else {
      scheduler.schedule(() -> attempt(deliveries, 0, 0), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void attempt(List<Delivery> chain, int index, int attempt) {
    Delivery delivery = chain.get(index);
    boolean acknowledged = post(delivery);
    if (acknowledged && delivery.isFinal()) {
      store.markDelivered(delivery.recordId());
    }
    if (!acknowledged && attempt < RETRY_DELAYS.size()) {
      long delay = (long) (RETRY_DELAYS.get(attempt).toMillis() * settings.webhookTimeFactor());
      scheduler.schedule(
          () -> attempt(List.of(delivery), 0, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }
    if (attempt == 0 && index + 1 < chain.size()) {
      attempt(chain, index + 1, 0);
    }
  }

  private boolean post(Delivery delivery) {
    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(clock.instant());
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(delivery.url()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .header(CcPaymentSignature.APP_ID_HEADER, settings.appId())
                  .header(CcPaymentSignature.TIMESTAMP_HEADER, timestamp)
                  .header(
                      CcPaymentSignature.SIGN_HEADER,
                      delivery.v2()
                          ? CcPaymentV2Signature.sign(
                              settings.appId(), settings.appSecret(), timestamp, body)
                          : CcPaymentSignature.sign(
                              settings.appId(), settings.appSecret(), timestamp, body))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      boolean ok =
          response.statusCode() == 200 && response.body().toLowerCase().contains("success");
      if (!ok) {
        LOG.log(
            Level.INFO,
            "Sandbox webhook for record {0} not acknowledged: HTTP {1}",
            delivery.recordId(),
            response.statusCode());
      }
      return ok;
    } catch (java.io.IOException e) {
      LOG.log(
          Level.INFO,
          "Sandbox webhook for record {0} not delivered: {1}",
          delivery.recordId(),
          e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
