package dev.paydesk.application.settings;

import dev.paydesk.application.audit.AuditText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings an ADMIN changes in the console ({@link MerchantSetting}). Every instance reads them
 * from the database at most every {@code paydesk.settings.refresh} (2 s), so a change counts on all
 * of them within that time without a restart; the instance that saved it uses it at once. A value
 * is judged by the part that reads it ({@link SettingRule}) before it is saved; every change is in
 * the audit log and the change history, a secret's value in neither.
 */
@ApplicationScoped
public class MerchantSettings implements SettingOverrides {

  private static final System.Logger AUDIT = System.getLogger("dev.paydesk.audit");

  /** How a secret's value is shown once saved. */
  public static final String HIDDEN = "•••••• (set, hidden)";

  private static final int MAX_VALUE = 4000;
  private static final Duration MAX_OVERLAP = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SettingStore store;
  private Instance<SettingRule> rules;
  private Config config;
  private Clock clock;
  private Duration refresh;

  private volatile Snapshot snapshot;

  private record Snapshot(Map<String, String> values, Instant readAt) {}

  protected MerchantSettings() {
    // for CDI proxies
  }

  @Inject
  public MerchantSettings(
      SettingStore store,
      Instance<SettingRule> rules,
      Config config,
      Clock clock,
      @ConfigProperty(name = "paydesk.settings.refresh", defaultValue = "PT2S") Duration refresh) {
    this.store = store;
    this.rules = rules;
    this.config = config;
    this.clock = clock;
    this.refresh = refresh;
  }

  @Override
  public Optional<String> value(MerchantSetting setting) {
    return Optional.ofNullable(current().values().get(setting.key()));
  }

  /** Whether the console set this one (otherwise the file's value, if any, counts). */
  public boolean changedHere(MerchantSetting setting) {
    return value(setting).isPresent();
  }

  /** The value in effect: the console's, else the file's; a secret's is for its reader only. */
  public Optional<String> effective(MerchantSetting setting) {
    return value(setting)
        .or(() -> config.getOptionalValue(setting.key(), String.class))
        .filter(v -> !v.isBlank());
  }

  /** The value in effect as the console shows it: a secret only as set or not. */
  public String shown(MerchantSetting setting) {
    Optional<String> value = effective(setting);
    return setting.secret() ? value.map(v -> HIDDEN).orElse("") : value.orElse("");
  }

  /**
   * Sets a value for every instance. A blank value means "none" (an empty setting), not "the file's
   * value": see {@link #reset}.
   *
   * @throws SettingRefusedException the reading part cannot use it; nothing changed
   */
  @Transactional
  public void change(MerchantSetting setting, String value, String by) {
    changeAll(Map.of(setting, value == null ? "" : value), by);
  }

  /**
   * Sets several values at once, all or none: each is judged before any is saved. Values equal to
   * the one in effect are left alone (no history line for them).
   *
   * @throws SettingRefusedException naming the first setting that cannot take its value
   */
  @Transactional
  public void changeAll(Map<MerchantSetting, String> values, String by) {
    Map<MerchantSetting, String> changed = new LinkedHashMap<>();
    for (Map.Entry<MerchantSetting, String> e : new TreeMap<>(values).entrySet()) {
      MerchantSetting setting = e.getKey();
      String v = e.getValue() == null ? "" : e.getValue().strip();
      if (v.length() > MAX_VALUE) {
        throw new SettingRefusedException(setting.key() + ": at most " + MAX_VALUE + " characters");
      }
      if (v.equals(effective(setting).orElse(""))) {
        continue;
      }
      for (SettingRule rule : rules) {
        Optional<String> problem = rule.problem(setting, v);
        if (problem.isPresent()) {
          throw new SettingRefusedException(setting.key() + ": " + problem.get());
        }
      }
      changed.put(setting, v);
    }
    Instant now = clock.instant();
    changed.forEach(
        (setting, v) -> {
          String shown = setting.secret() ? (v.isEmpty() ? "(none)" : "(new secret)") : v;
          store.put(setting.key(), v, shown, now, by);
          AUDIT.log(
              Level.INFO,
              "Setting {0} changed in the console by {1} to {2}",
              setting.key(),
              by,
              AuditText.of(shown));
        });
    snapshot = null;
  }

  /**
   * A new shop-event signing secret; the one it replaces keeps signing events too (a second {@code
   * v1} in the header) for {@code overlap}, so the shop can switch without losing an event.
   *
   * @param chosen the new secret, or blank for one made here
   * @return the new secret, to show once
   * @throws SettingRefusedException a weak secret, or a negative overlap
   */
  @Transactional
  public String rotateShopEventSecret(String chosen, Duration overlap, String by) {
    if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
      throw new SettingRefusedException("the overlap is between 0 and 30 days");
    }
    String next = chosen == null || chosen.isBlank() ? newSecret() : chosen.strip();
    Optional<String> old = effective(MerchantSetting.SHOP_EVENT_SECRET);
    change(MerchantSetting.SHOP_EVENT_SECRET, next, by);
    Instant now = clock.instant();
    if (old.isPresent() && !old.get().equals(next) && !overlap.isZero()) {
      store.put(
          MerchantSetting.SHOP_EVENT_PREVIOUS_SECRET.key(),
          old.get(),
          "(previous secret)",
          now,
          by);
      String until = now.plus(overlap).toString();
      store.put(MerchantSetting.SHOP_EVENT_PREVIOUS_UNTIL.key(), until, until, now, by);
    } else {
      store.remove(MerchantSetting.SHOP_EVENT_PREVIOUS_SECRET.key(), "(none)", now, by);
      store.remove(MerchantSetting.SHOP_EVENT_PREVIOUS_UNTIL.key(), "(none)", now, by);
    }
    snapshot = null;
    return next;
  }

  /** 32 random bytes, hex: what {@code openssl rand -hex 32} gives. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Back to the configuration file's value on every instance. */
  @Transactional
  public void reset(MerchantSetting setting, String by) {
    if (!changedHere(setting)) {
      return;
    }
    store.remove(setting.key(), "(the configuration file's value)", clock.instant(), by);
    AUDIT.log(
        Level.INFO,
        "Setting {0} set back to the value of the configuration file by {1}",
        setting.key(),
        by);
    snapshot = null;
  }

  /** The latest changes made in the console, newest first. */
  @Transactional
  public List<SettingStore.SettingChange> changes(int limit) {
    return store.changes(limit);
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s == null || !now.isBefore(s.readAt().plus(refresh)) || now.isBefore(s.readAt())) {
      s = new Snapshot(Map.copyOf(store.all()), now);
      snapshot = s;
    }
    return s;
  }
}
