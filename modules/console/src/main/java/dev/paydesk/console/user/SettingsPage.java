package dev.paydesk.console.user;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.console.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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

  static final String HIDDEN = "•••••• (set, hidden)";

  @Inject CurrentUser user;

  @Inject GatewayMode mode;

  public List<Setting> getSettings() {
    user.requireMayManageUsers();
    Config config = ConfigProvider.getConfig();
    List<Setting> settings = new ArrayList<>();
    StreamSupport.stream(config.getPropertyNames().spliterator(), false)
        .filter(k -> k.startsWith("paydesk.") || k.startsWith("ccpayment/"))
        .distinct()
        .sorted()
        .forEach(
            key ->
                settings.add(
                    new Setting(
                        key,
                        isSecret(key)
                            ? HIDDEN
                            : withoutInlinePassword(
                                config.getOptionalValue(key, String.class).orElse("")))));
    return settings;
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
