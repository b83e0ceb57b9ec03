package dev.paydesk.console.sandbox;

import dev.paydesk.application.access.ShopKeyCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's control API over HTTP, as a test harness would call it: the console never imports
 * the sandbox, which only exists in sandbox mode. It calls as the shop backend does, with the first
 * shop API key (the page has checked the operator's role before).
 */
@ApplicationScoped
public class SandboxControlClient {

  /** What the sandbox answered. */
  public record Answer(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject
  @ConfigProperty(name = "paydesk.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = ShopKeyCheck.KEYS)
  Optional<String> keys;

  public Answer pay(String gatewayMerchantOrderId, String simulationJson) {
    return send(
        "orders/" + URLEncoder.encode(gatewayMerchantOrderId, StandardCharsets.UTF_8) + "/payments",
        "POST",
        simulationJson);
  }

  public Answer armFault(String faultJson) {
    return send("faults", "POST", faultJson);
  }

  public Answer clearFaults() {
    return send("faults", "DELETE", null);
  }

  private String shopKey() {
    return keys.flatMap(
            k ->
                java.util.Arrays.stream(k.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .findFirst())
        .orElse(ShopKeyCheck.SANDBOX_KEY);
  }

  private Answer send(String path, String method, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(publicUrl + "/sandbox/control/" + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + shopKey());
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(answer.statusCode(), answer.body());
    } catch (IOException e) {
      return new Answer(503, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(503, "interrupted");
    }
  }
}
