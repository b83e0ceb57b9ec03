package dev.paydesk.console.user;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.MerchantSettings;
import dev.paydesk.console.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /console/admin/settings.xhtml} (ADMIN): Paydesk's settings as they are in effect, every
 * secret masked, with the version and mode.
 */
@Named
@RequestScoped
public class SettingsPage {

  /** One setting; a secret shows only whether it is set. */
  public static class Setting {
    private final String key;
    private final String value;

    Setting(String key, String value) {
      this.key = key;
      this.value = value;
    }

    public String getKey() {
      return key;
    }

    public String getValue() {
      return value;
    }
  }

  static final String HIDDEN = MerchantSettings.HIDDEN;

  @Inject CurrentUser user;

  @Inject GatewayMode mode;

  @Inject MerchantSettings merchant;

  public List<Setting> getSettings() {
    user.requireMayManageUsers();
    Config config = ConfigProvider.getConfig();
    List<Setting> settings = new ArrayList<>();
    Stream.concat(
            StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(k -> k.startsWith("paydesk.") || k.startsWith("ccpayment/")),
            Arrays.stream(MerchantSetting.values())
                .filter(merchant::changedHere)
                .map(MerchantSetting::key))
        .distinct()
        .sorted()
        .forEach(key -> settings.add(new Setting(key, shown(config, key))));
    return settings;
  }

  /** The value in effect: the console's where it changed one (said so), else the given one. */
  private String shown(Config config, String key) {
    Optional<MerchantSetting> merchantSetting =
        MerchantSetting.ofKey(key).filter(merchant::changedHere);
    if (merchantSetting.isPresent()) {
      return merchant.shown(merchantSetting.get()) + " (set in the console)";
    }
    return isSecret(key)
        ? HIDDEN
        : withoutInlinePassword(config.getOptionalValue(key, String.class).orElse(""));
  }

  /** Secrets by their name: app secrets, passwords and the shop API keys. */
  static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("secret")
        || k.contains("password")
        || k.endsWith(".keys")
        || k.contains("key.");
  }

  /** A JDBC URL may carry a password of its own ({@code ?password=…}): hidden too. */
  static String withoutInlinePassword(String value) {
    return value.replaceAll("(?i)(password=)[^&;]*", "$1••••••");
  }

  public String getMode() {
    return mode.label();
  }

  public String getVersion() {
    Properties version = new Properties();
    try (InputStream in =
        SettingsPage.class.getResourceAsStream("/dev/paydesk/console/version.properties")) {
      if (in != null) {
        version.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return version.getProperty("version", "unknown");
  }
}
