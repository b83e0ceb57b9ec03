package dev.paydesk.rest;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.startup.StartupCheck;
import dev.paydesk.application.user.ConsoleAdminSetup;
import dev.paydesk.rest.security.ApiKeySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whoever started Paydesk where to find it, once it is ready: after the database migrations,
 * the first console account, the timers and the start-up check (so a start that is refused never
 * says it is up), and once the web application has started ({@link ReadyBanner}: the banner is
 * written when its pages and API are being put in place, not while the EJBs start). The first
 * sign-in is part of the same block.
 */
@Singleton
@Startup
@DependsOn({"FlywayMigrator", "SandboxSchema", "ConsoleAdminSetup", "OrderTimersScheduler"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupAnnouncement {

  private static final System.Logger LOG = System.getLogger(StartupAnnouncement.class.getName());

  @Inject StartupCheck check;

  @Inject ConsoleAdminSetup admin;

  @Inject GatewayMode mode;

  @Inject GatewayApiChoice api;

  @Inject
  @ConfigProperty(name = "paydesk.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "paydesk.api.keys")
  Optional<String> keys;

  private String prepared;

  @PostConstruct
  void prepare() {
    check.verify();
    prepared = banner(admin.takeFirstSignIn());
  }

  /**
   * Writes the banner, once (the first sign-in it may hold is shown this once); a singleton's
   * methods run one at a time.
   */
  public void announce() {
    if (prepared != null) {
      LOG.log(System.Logger.Level.INFO, prepared);
      prepared = null;
    }
  }

  String banner(Optional<String> firstSignIn) {
    URI base = URI.create(publicUrl);
    String origin = base.getScheme() + "://" + base.getAuthority();
    boolean sandbox = mode.isSandbox();
    StringBuilder text =
        new StringBuilder()
            .append("Paydesk is up in ")
            .append(sandbox ? "sandbox" : "LIVE")
            .append(" mode, new orders on CCPayment API ")
            .append(api.forNewOrders().label())
            .append('\n')
            .append("  Shop API:  ")
            .append(publicUrl)
            .append("/api/v1/checkouts\n")
            .append("  Tokens:    ")
            .append(publicUrl)
            .append("/api/v1/tokens\n")
            .append("  OpenAPI:   ")
            .append(publicUrl)
            .append("/api/openapi.yaml\n")
            .append("  Health:    ")
            .append(origin)
            .append("/health/ready\n")
            .append("  Pay page:  ")
            .append(publicUrl)
            .append("/pay/{checkoutId} (each checkout's checkoutUrl)\n")
            .append("  Console:   ")
            .append(publicUrl)
            .append("/console/\n");
    if (sandbox) {
      text.append("  Sandbox:   ")
          .append(publicUrl)
          .append("/sandbox/ccpayment/")
          .append(api.forNewOrders().label())
          .append(" (faults: ")
          .append(publicUrl)
          .append("/sandbox/control/faults)\n");
      if (keys.filter(k -> !k.isBlank()).isEmpty()) {
        text.append("  Shop API key (sandbox only): ")
            .append(ApiKeySettings.SANDBOX_KEY)
            .append('\n');
      }
    }
    firstSignIn.ifPresent(line -> text.append("  Sign in:   ").append(line).append('\n'));
    return text.toString();
  }
}
