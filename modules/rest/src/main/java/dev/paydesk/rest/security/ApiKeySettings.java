package dev.paydesk.rest.security;

import dev.paydesk.application.access.SecretStrength;
import dev.paydesk.application.access.ShopApiKeys;
import dev.paydesk.application.access.ShopKeyCheck;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.startup.StartupRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop API keys ({@code paydesk.api.keys}, comma-separated; env {@code PAYDESK_API_KEYS}). Only
 * their SHA-256 digests are kept. Keys made in the console ({@link ShopApiKeys}) count beside them.
 * Sandbox mode without keys in the file accepts the documented test key {@value #SANDBOX_KEY}; live
 * mode refuses to start without a key in the file or the console.
 */
@ApplicationScoped
public class ApiKeySettings implements StartupRequirement, ShopKeyCheck {

  public static final String SANDBOX_KEY = ShopKeyCheck.SANDBOX_KEY;

  private List<byte[]> digests;
  private boolean live;
  private List<String> weak;
  private ShopApiKeys made;

  protected ApiKeySettings() {
    // for CDI proxies
  }

  public ApiKeySettings(Optional<String> keys, GatewayMode mode) {
    this(keys, mode, null);
  }

  @Inject
  public ApiKeySettings(
      @ConfigProperty(name = "paydesk.api.keys") Optional<String> keys,
      GatewayMode mode,
      ShopApiKeys made) {
    this.made = made;
    this.live = mode.isLive();
    List<String> configured =
        keys.map(
                k ->
                    Arrays.stream(k.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
            .orElse(List.of());
    if (configured.isEmpty() && !live) {
      configured = List.of(SANDBOX_KEY);
    }
    // which keys are weak, by position only: a key is never written anywhere
    List<String> weakKeys = new java.util.ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      int n = i + 1;
      SecretStrength.weakness(configured.get(i)).ifPresent(w -> weakKeys.add("key " + n + " " + w));
    }
    this.weak = weakKeys;
    this.digests = configured.stream().map(ApiKeySettings::digest).toList();
  }

  @Override
  public List<String> problems() {
    if (digests.isEmpty() && !madeInConsole()) {
      return List.of(
          "set paydesk.api.keys (env PAYDESK_API_KEYS) to the shop API keys, comma-separated");
    }
    if (live && accepts(SANDBOX_KEY)) {
      return List.of(
          "paydesk.api.keys (env PAYDESK_API_KEYS) holds the sandbox's published key "
              + SANDBOX_KEY
              + ": live mode refuses it; give the shop a key of its own");
    }
    if (live && !weak.isEmpty()) {
      return List.of("paydesk.api.keys (env PAYDESK_API_KEYS): " + String.join("; ", weak));
    }
    return List.of();
  }

  @Override
  public boolean accepts(String presented) {
    if (presented == null || presented.isEmpty()) {
      return false;
    }
    byte[] candidate = digest(presented);
    boolean match = false;
    for (byte[] known : digests) {
      match |= MessageDigest.isEqual(known, candidate);
    }
    return match
        || made != null && presented.startsWith(ShopApiKeys.PREFIX) && made.accepts(presented);
  }

  /** Whether a key made in the console is not revoked (false before the tables exist). */
  private boolean madeInConsole() {
    try {
      return made != null && made.any();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
