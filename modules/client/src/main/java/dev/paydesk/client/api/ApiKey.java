package dev.paydesk.client.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the shop's API key ({@code Authorization: Bearer <key>}): the one given to {@link
 * PaydeskClients}, or else MicroProfile Config's {@value #CONFIG_KEY} (environment {@code
 * PAYDESK_API_KEY}, or a password alias). The key is never logged.
 */
@Priority(Priorities.AUTHENTICATION)
public class ApiKey implements ClientRequestFilter {

  /** Where an injected client finds its key. */
  public static final String CONFIG_KEY = "paydesk.api-key";

  /** The key from configuration, read at each call (so a rotated key counts at once). */
  public ApiKey() {}

  @Override
  public void filter(ClientRequestContext request) {
    if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
      configured()
          .ifPresent(k -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + k));
    }
  }

  /** A key given in code ({@link PaydeskClients}); it runs before, and so over, the configured. */
  @Priority(Priorities.AUTHENTICATION - 1)
  static final class Given implements ClientRequestFilter {

    private final String key;

    Given(String key) {
      this.key = key;
    }

    @Override
    public void filter(ClientRequestContext request) {
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + key);
    }

    @Override
    public String toString() {
      return "ApiKey.Given[****]";
    }
  }

  private static Optional<String> configured() {
    try {
      return ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class);
    } catch (IllegalStateException | NoSuchElementException noConfig) {
      return Optional.empty();
    }
  }
}
