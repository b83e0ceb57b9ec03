package dev.paydesk.application.user;

import dev.paydesk.application.gateway.GatewayMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's settings ({@code paydesk.console.*}); each default is written here only. */
@ApplicationScoped
public class ConsoleSettings {

  public static final String INITIAL_ADMIN_PASSWORD = "paydesk.console.initial-admin-password";

  private Optional<String> initialAdminPassword;
  private GatewayMode mode;

  protected ConsoleSettings() {
    // for CDI proxies
  }

  @Inject
  public ConsoleSettings(
      @ConfigProperty(name = INITIAL_ADMIN_PASSWORD) Optional<String> initialAdminPassword,
      GatewayMode mode) {
    this.initialAdminPassword = initialAdminPassword.filter(p -> !p.isBlank());
    this.mode = mode;
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
