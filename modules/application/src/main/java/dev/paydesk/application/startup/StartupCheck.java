package dev.paydesk.application.startup;

import dev.paydesk.application.gateway.GatewayMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment, naming every missing setting, when any {@link StartupRequirement} is unmet.
 * On a full Payara Server that refuses the deploy; with {@code
 * paydesk.startup.exit-on-failure=true} (set by the one-command Payara Micro start) the whole
 * process also exits, instead of idling without the app.
 */
@ApplicationScoped
public class StartupCheck {

  /** EX_CONFIG of sysexits.h: the configuration is wrong. */
  static final int EXIT_CONFIG = 78;

  private static final System.Logger LOG = System.getLogger(StartupCheck.class.getName());

  @Inject @Any Instance<StartupRequirement> requirements;

  @Inject GatewayMode mode;

  private volatile boolean passed;

  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    verify();
  }

  /**
   * Refuses to start when a requirement is unmet; once passed, it does not look again. Whatever
   * starts the application (the CDI event, or the start-up banner before it prints) may call it.
   */
  public void verify() {
    if (passed) {
      return;
    }
    List<String> problems =
        requirements.stream().flatMap(r -> r.problems().stream()).collect(Collectors.toList());
    if (!problems.isEmpty()) {
      refuse(mode.label() + " mode", problems.toArray(String[]::new));
    }
    passed = true;
  }

  /**
   * Refuses to start: logs what is wrong, exits the process when so configured, and fails the
   * deployment.
   *
   * @throws IllegalStateException always
   */
  public static void refuse(String where, String... problems) {
    String message =
        "Paydesk cannot start in " + where + ":\n  - " + String.join("\n  - ", problems);
    LOG.log(Level.ERROR, message);
    if (exitOnFailure()) {
      Thread exit = new Thread(() -> System.exit(EXIT_CONFIG), "paydesk-startup-exit");
      exit.setDaemon(true);
      exit.start();
    }
    throw new IllegalStateException(message);
  }

  /** {@code paydesk.startup.exit-on-failure}; false where no configuration is at hand (tests). */
  private static boolean exitOnFailure() {
    try {
      Config config = ConfigProvider.getConfig();
      return config
          .getOptionalValue("paydesk.startup.exit-on-failure", Boolean.class)
          .orElse(false);
    } catch (IllegalStateException e) {
      return false;
    }
  }
}
