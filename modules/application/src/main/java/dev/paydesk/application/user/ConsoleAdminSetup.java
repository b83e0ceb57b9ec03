package dev.paydesk.application.user;

import dev.paydesk.application.startup.StartupCheck;
import dev.paydesk.domain.user.ConsoleRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The first console account, made at the first start: {@code admin}, with the password of {@link
 * ConsoleSettings#INITIAL_ADMIN_PASSWORD}. In sandbox mode without one, a password is made up and
 * shown once in the start-up log; live mode without one refuses to start, naming the setting. A
 * password shown in a sandbox start never guards live money: the first live start replaces it with
 * that setting, or refuses to start.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsoleAdminSetup {

  public static final String INITIAL_ADMIN = "admin";

  @Inject ConsoleUserService users;

  @Inject ConsoleSettings settings;

  private String firstSignIn;

  @PostConstruct
  void createFirstAdmin() {
    if (users.anyUser()) {
      replaceShownPasswordsBeforeLive();
      return;
    }
    if (settings.initialAdminPassword().isPresent()) {
      users.create(INITIAL_ADMIN, settings.initialAdminPassword().get(), ConsoleRole.ADMIN);
      firstSignIn = "admin, with the password of " + ConsoleSettings.INITIAL_ADMIN_PASSWORD;
      return;
    }
    if (!settings.isSandbox()) {
      StartupCheck.refuse(
          "live mode",
          "set "
              + ConsoleSettings.INITIAL_ADMIN_PASSWORD
              + " (env PAYDESK_CONSOLE_INITIAL_ADMIN_PASSWORD) to the first console admin's password"
              + " (12 characters or more; used once, when there is no console user)");
    }
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    users.createWithShownPassword(INITIAL_ADMIN, password, ConsoleRole.ADMIN);
    firstSignIn =
        "admin, password "
            + password
            + " (sandbox mode; shown this once; change it in the console)";
  }

  /**
   * How to sign in for the first time, when this start made the first account: for the start-up
   * banner, once (a made-up password is not kept after it was handed over).
   */
  public Optional<String> takeFirstSignIn() {
    Optional<String> line = Optional.ofNullable(firstSignIn);
    firstSignIn = null;
    return line;
  }

  private void replaceShownPasswordsBeforeLive() {
    List<String> shown = users.withShownPassword();
    if (settings.isSandbox() || shown.isEmpty()) {
      return;
    }
    if (settings.initialAdminPassword().isEmpty()) {
      StartupCheck.refuse(
          "live mode",
          "the console password of "
              + String.join(", ", shown)
              + " was printed at a sandbox start and is still in use: set "
              + ConsoleSettings.INITIAL_ADMIN_PASSWORD
              + " (env PAYDESK_CONSOLE_INITIAL_ADMIN_PASSWORD) to replace it at this start, or"
              + " change it in the console in sandbox mode first");
    }
    for (String username : shown) {
      users.replaceShownPassword(username, settings.initialAdminPassword().get());
    }
  }
}
