package dev.paydesk.application.shopevent;

import dev.paydesk.application.access.SecretStrength;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import dev.paydesk.application.startup.StartupRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where events for the shop go and how they are signed ({@code paydesk.shop-events.*}); each
 * default is written here only. Without endpoints no event is recorded; endpoints without a secret
 * refuse the start (events nobody could verify are worse than none), as does a weak secret in live
 * mode. A plain {@code http://} endpoint in live mode is warned about: the events carry order data.
 * Endpoints and secret set in the console count over the file's for every event recorded or sent
 * from then on; after a rotation, events carry the previous secret's signature too for a while.
 */
@ApplicationScoped
public class ShopEventSettings implements StartupRequirement, SettingRule {

  private static final System.Logger LOG = System.getLogger(ShopEventSettings.class.getName());

  static final String ENDPOINTS = "paydesk.shop-events.endpoints";
  static final String SECRET = "paydesk.shop-events.secret";

  private List<String> endpoints;
  private Optional<String> secret;
  private Duration every;
  private Duration firstRetry;
  private boolean live;
  private SettingOverrides overrides = SettingOverrides.NONE;

  protected ShopEventSettings() {
    // for CDI proxies
  }

  public ShopEventSettings(
      Optional<String> endpoints,
      Optional<String> secret,
      Duration every,
      Duration firstRetry,
      GatewayMode mode) {
    this(endpoints, secret, every, firstRetry, mode, SettingOverrides.NONE);
  }

  @Inject
  public ShopEventSettings(
      @ConfigProperty(name = ENDPOINTS) Optional<String> endpoints,
      @ConfigProperty(name = SECRET) Optional<String> secret,
      @ConfigProperty(name = "paydesk.shop-events.every", defaultValue = "PT5S") Duration every,
      @ConfigProperty(name = "paydesk.shop-events.first-retry", defaultValue = "PT30S")
          Duration firstRetry,
      GatewayMode mode,
      SettingOverrides overrides) {
    this.overrides = overrides;
    this.endpoints = endpoints.map(ShopEventSettings::list).orElse(List.of());
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

  private static List<String> list(String endpoints) {
    return Arrays.stream(endpoints.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The shop's endpoints; every event goes to each. */
  public List<String> endpoints() {
    return overrides
        .value(MerchantSetting.SHOP_EVENT_ENDPOINTS)
        .map(ShopEventSettings::list)
        .orElse(endpoints);
  }

  /** The shared secret events are signed with (a secret: environment or password alias). */
  public Optional<String> secret() {
    return overrides
        .value(MerchantSetting.SHOP_EVENT_SECRET)
        .or(() -> secret)
        .filter(s -> !s.isBlank());
  }

  /**
   * The secrets an event sent at {@code at} is signed with: the current one, and after a rotation
   * the previous one until its overlap ends, so a shop that has not switched yet still verifies.
   */
  public List<String> signingSecrets(Instant at) {
    List<String> secrets = new ArrayList<>();
    secret().ifPresent(secrets::add);
    overrides
        .value(MerchantSetting.SHOP_EVENT_PREVIOUS_SECRET)
        .filter(s -> !s.isBlank() && !secrets.contains(s))
        .filter(s -> previousUntil().filter(at::isBefore).isPresent())
        .ifPresent(secrets::add);
    return secrets;
  }

  /** Until when the secret before the last rotation still signs events; empty when none does. */
  public Optional<Instant> previousUntil() {
    try {
      return overrides
          .value(MerchantSetting.SHOP_EVENT_PREVIOUS_UNTIL)
          .filter(s -> !s.isBlank())
          .map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean enabled() {
    return !endpoints().isEmpty() && secret().isPresent();
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    if (setting == MerchantSetting.SHOP_EVENT_ENDPOINTS) {
      for (String endpoint : list(value)) {
        if (!isWebAddress(endpoint)) {
          return Optional.of(endpoint + " is not an absolute http or https URL");
        }
      }
      if (!value.isBlank() && secret().isEmpty()) {
        return Optional.of(
            "set the signing secret first: events nobody can verify must not be sent");
      }
      if (live) {
        return list(value).stream()
            .filter(e -> !e.regionMatches(true, 0, "https://", 0, 8))
            .findFirst()
            .map(e -> e + ": live mode sends events over https only (they carry order data)");
      }
    }
    if (setting == MerchantSetting.SHOP_EVENT_SECRET) {
      if (value.isBlank()) {
        return endpoints().isEmpty()
            ? Optional.empty()
            : Optional.of("events are sent to endpoints: they must be signed");
      }
      return SecretStrength.weakness(value).map(w -> "the secret " + w);
    }
    return Optional.empty();
  }

  private static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
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
