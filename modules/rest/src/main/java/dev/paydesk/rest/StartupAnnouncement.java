package dev.paydesk.rest;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.rest.security.ApiKeySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started Paydesk where to find it, once the application is up. */
@ApplicationScoped
public class StartupAnnouncement {

  private static final System.Logger LOG = System.getLogger(StartupAnnouncement.class.getName());

  void announce(
      @Observes @Initialized(ApplicationScoped.class) Object started,
      @ConfigProperty(name = "paydesk.public-url") String publicUrl,
      GatewayMode mode,
      @ConfigProperty(name = "paydesk.api.keys") Optional<String> keys) {
    URI base = URI.create(publicUrl);
    String origin = base.getScheme() + "://" + base.getAuthority();
    boolean sandbox = mode.isSandbox();
    StringBuilder text =
        new StringBuilder()
            .append("Paydesk is up in ")
            .append(sandbox ? "sandbox" : "LIVE")
            .append(" mode\n")
            .append("  Shop API:  ")
            .append(publicUrl)
            .append("/api/v1/checkouts\n")
            .append("  Tokens:    ")
            .append(publicUrl)
            .append("/api/v1/tokens\n")
            .append("  OpenAPI:   ")
            .append(origin)
            .append("/openapi\n")
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
          .append("/sandbox/ccpayment/v1 (faults: ")
          .append(publicUrl)
          .append("/sandbox/control/faults)\n");
      if (keys.filter(k -> !k.isBlank()).isEmpty()) {
        text.append("  Shop API key (sandbox only): ")
            .append(ApiKeySettings.SANDBOX_KEY)
            .append('\n');
      }
    }
    LOG.log(System.Logger.Level.INFO, text.toString());
  }
}
