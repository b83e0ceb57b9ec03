package dev.paydesk.application.shopevent;

import dev.paydesk.application.access.SecretStrength;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.startup.StartupRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where events for the shop go and how they are signed ({@code paydesk.shop-events.*}); each
 * default is written here only. Without endpoints no event is recorded; endpoints without a secret
 * refuse the start (events nobody could verify are worse than none), as does a weak secret in live
 * mode. A plain {@code http://} endpoint in live mode is warned about: the events carry order data.
 */
@ApplicationScoped
public class ShopEventSettings implements StartupRequirement {

  private static final System.Logger LOG = System.getLogger(ShopEventSettings.class.getName());

  static final String ENDPOINTS = "paydesk.shop-events.endpoints";
  static final String SECRET = "paydesk.shop-events.secret";

  private List<String> endpoints;
  private Optional<String> secret;
  private Duration every;
  private Duration firstRetry;
  private boolean live;

  protected ShopEventSettings() {
    // for CDI proxies
  }

  @Inject
  public ShopEventSettings(
      @ConfigProperty(name = ENDPOINTS) Optional<String> endpoints,
      @ConfigProperty(name = SECRET) Optional<String> secret,
      @ConfigProperty(name = "paydesk.shop-events.every", defaultValue = "PT5S") Duration every,
      @ConfigProperty(name = "paydesk.shop-events.first-retry", defaultValue = "PT30S")
          Duration firstRetry,
      GatewayMode mode) {
    this.endpoints =
        endpoints
            .map(e -> Arrays.stream(e.split(",")).map(String::trim).filter(s -> !s.isEmpty()))
            .map(s -> s.toList())
            .orElse(List.of());
    this.secret = secret.filter(s -> !s.isBlank());
    this.every = every;
    this.firstRetry = firstRetry;
    this.live = mode.isLive();
    if (live) {
      this.endpoints.stream()
          .filter(e -> e.regionMatches(true, 0, "http://", 0, 7))
          .forEach(
              e ->
                  LOG.log(
                      System.Logger.Level.WARNING,
                      "Shop events go to {0} over plain http: anyone on the way can read them;"
                          + " use https",
                      e));
    }
  }

  @Override
  public List<String> problems() {
    if (endpoints.isEmpty()) {
      return List.of();
    }
    if (secret.isEmpty()) {
      return List.of(
          "set "
              + SECRET
              + " (env PAYDESK_SHOP_EVENTS_SECRET): "
              + ENDPOINTS
              + " is set, and events nobody can verify must not be sent");
    }
    if (live) {
      return SecretStrength.weakness(secret.get())
          .map(w -> List.of(SECRET + " (env PAYDESK_SHOP_EVENTS_SECRET) " + w))
          .orElse(List.of());
    }
    return List.of();
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
