package dev.paydesk.application.access;

import dev.paydesk.application.audit.AuditText;
import dev.paydesk.application.settings.SettingRefusedException;
import dev.paydesk.domain.access.ShopApiKey;
import dev.paydesk.domain.access.ShopApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shop API keys made in the console: several at once (to rotate, make the new one, switch the shop,
 * revoke the old), each shown once when made. Every instance reads the keys not revoked at most
 * every {@code paydesk.settings.refresh} (2 s), so a new or revoked key counts everywhere within
 * that time; "last used" is written at most once a minute per key and instance.
 */
@ApplicationScoped
public class ShopApiKeys {

  private static final System.Logger AUDIT = System.getLogger("dev.paydesk.audit");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What every key made here starts with, so a leaked one is recognisable (secret scanners). */
  public static final String PREFIX = "pdk_";

  private ShopApiKeyRepository keys;
  private Clock clock;
  private Duration refresh;
  private volatile Known known;
  private final Map<Long, Instant> recorded = new ConcurrentHashMap<>();

  private record Known(List<Active> keys, Instant readAt) {}

  private record Active(long id, byte[] digest) {}

  /** A key just made: {@code key} is shown once and never again. */
  public record NewKey(ShopApiKeyView view, String key) {}

  protected ShopApiKeys() {
    // for CDI proxies
  }

  @Inject
  public ShopApiKeys(
      ShopApiKeyRepository keys,
      Clock clock,
      @ConfigProperty(name = "paydesk.settings.refresh", defaultValue = "PT2S") Duration refresh) {
    this.keys = keys;
    this.clock = clock;
    this.refresh = refresh;
  }

  /**
   * @throws SettingRefusedException a name that is blank, too long or not one line
   */
  @Transactional
  public NewKey create(String name, String by) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ShopApiKey made;
    try {
      made =
          ShopApiKey.create(
              name, hex(digest(key)), key.substring(key.length() - 4), clock.instant(), by);
    } catch (IllegalArgumentException e) {
      throw new SettingRefusedException(e.getMessage());
    }
    keys.add(made);
    known = null;
    AUDIT.log(
        Level.INFO,
        "Shop API key {0} (…{1}) made by {2}",
        AuditText.of(made.name()),
        made.hint(),
        by);
    return new NewKey(ShopApiKeyView.of(made), key);
  }

  /** Refused from now on, on every instance within seconds. */
  @Transactional
  public void revoke(long id, String by) {
    keys.find(id)
        .filter(k -> k.revoke(clock.instant(), by))
        .ifPresent(
            k ->
                AUDIT.log(
                    Level.INFO,
                    "Shop API key {0} (…{1}) revoked by {2}",
                    AuditText.of(k.name()),
                    k.hint(),
                    by));
    known = null;
  }

  @Transactional
  public List<ShopApiKeyView> all() {
    return keys.all().stream().map(ShopApiKeyView::of).toList();
  }

  /** Whether any key made here is not revoked. */
  @Transactional
  public boolean any() {
    return !current().keys().isEmpty();
  }

  /**
   * The key made here that this is, if any: compared with every key not revoked in the same time
   * whichever matches. Its use is recorded (at most once a minute per key and instance).
   */
  @Transactional
  public boolean accepts(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return false;
    }
    byte[] candidate = digest(presented);
    Optional<Active> match = Optional.empty();
    for (Active key : current().keys()) {
      if (MessageDigest.isEqual(key.digest(), candidate)) {
        match = Optional.of(key);
      }
    }
    match.ifPresent(this::recordUse);
    return match.isPresent();
  }

  private void recordUse(Active key) {
    Instant now = clock.instant();
    Instant last = recorded.get(key.id());
    if (last == null || !now.isBefore(last.plus(ShopApiKey.USE_RECORDED_EVERY))) {
      recorded.put(key.id(), now);
      keys.find(key.id()).ifPresent(k -> k.used(now));
    }
  }

  private Known current() {
    Known k = known;
    Instant now = clock.instant();
    if (k == null || !now.isBefore(k.readAt().plus(refresh)) || now.isBefore(k.readAt())) {
      k =
          new Known(
              keys.active().stream()
                  .map(a -> new Active(a.id(), HexFormat.of().parseHex(a.digest())))
                  .toList(),
              now);
      known = k;
    }
    return k;
  }

  static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
