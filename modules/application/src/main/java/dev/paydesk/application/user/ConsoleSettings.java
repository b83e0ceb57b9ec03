package dev.paydesk.application.user;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's settings ({@code paydesk.console.*}); each default is written here only. */
@ApplicationScoped
public class ConsoleSettings implements SettingRule {

  public static final String INITIAL_ADMIN_PASSWORD = "paydesk.console.initial-admin-password";

  private Optional<String> initialAdminPassword;
  private GatewayMode mode;
  private boolean requireTwoFactor;
  private SettingOverrides overrides = SettingOverrides.NONE;

  protected ConsoleSettings() {
    // for CDI proxies
  }

  public ConsoleSettings(Optional<String> initialAdminPassword, GatewayMode mode) {
    this(initialAdminPassword, false, mode, SettingOverrides.NONE);
  }

  @Inject
  public ConsoleSettings(
      @ConfigProperty(name = INITIAL_ADMIN_PASSWORD) Optional<String> initialAdminPassword,
      @ConfigProperty(name = "paydesk.console.require-two-factor", defaultValue = "false")
          boolean requireTwoFactor,
      GatewayMode mode,
      SettingOverrides overrides) {
    this.initialAdminPassword = initialAdminPassword.filter(p -> !p.isBlank());
    this.requireTwoFactor = requireTwoFactor;
    this.mode = mode;
    this.overrides = overrides;
  }

  /**
   * Whether every console user must sign in with a second factor: one who has none set up is taken
   * to set it up before anything else.
   */
  public boolean requireTwoFactor() {
    return overrides
        .value(MerchantSetting.REQUIRE_TWO_FACTOR)
        .map(Boolean::parseBoolean)
        .orElse(requireTwoFactor);
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    return setting == MerchantSetting.REQUIRE_TWO_FACTOR
            && !value.equals("true")
            && !value.equals("false")
        ? Optional.of("true or false")
        : Optional.empty();
  }

  /**
   * The first admin's password, used once, when there is no console user yet (a secret: give it by
   * environment or password alias). Required then in live mode; in sandbox mode one is made up and
   * shown at start-up.
   */
  public Optional<String> initialAdminPassword() {
    return initialAdminPassword;
  }

  public boolean isSandbox() {
    return mode.isSandbox();
  }
}
