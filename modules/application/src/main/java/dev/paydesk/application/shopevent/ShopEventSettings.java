package dev.paydesk.application.shopevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where events for the shop go and how they are signed ({@code paydesk.shop-events.*}); each
 * default is written here only. Without endpoints no event is recorded.
 */
@ApplicationScoped
public class ShopEventSettings {

  private List<String> endpoints;
  private Optional<String> secret;
  private Duration every;
  private Duration firstRetry;

  protected ShopEventSettings() {
    // for CDI proxies
  }

  @Inject
  public ShopEventSettings(
      @ConfigProperty(name = "paydesk.shop-events.endpoints") Optional<String> endpoints,
      @ConfigProperty(name = "paydesk.shop-events.secret") Optional<String> secret,
      @ConfigProperty(name = "paydesk.shop-events.every", defaultValue = "PT5S") Duration every,
      @ConfigProperty(name = "paydesk.shop-events.first-retry", defaultValue = "PT30S")
          Duration firstRetry) {
    this.endpoints =
        endpoints
            .map(e -> Arrays.stream(e.split(",")).map(String::trim).filter(s -> !s.isEmpty()))
            .map(s -> s.toList())
            .orElse(List.of());
    this.secret = secret.filter(s -> !s.isBlank());
    this.every = every;
    this.firstRetry = firstRetry;
  }

  /** The shop's endpoints; every event goes to each. */
  public List<String> endpoints() {
    return endpoints;
  }

  /** The shared secret events are signed with (a secret: environment or password alias). */
  public Optional<String> secret() {
    return secret;
  }

  public boolean enabled() {
    return !endpoints.isEmpty() && secret.isPresent();
  }

  /** How often the delivery worker looks for due events. */
  public Duration every() {
    return every;
  }

  /** The wait after the first failed attempt; each later one waits twice as long. */
  public Duration firstRetry() {
    return firstRetry;
  }
}
