package dev.paydesk.application.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code paydesk.gateway.mode}, read in this one place: {@code sandbox} (the default: the built-in
 * CCPayment sandbox, test keys, time travel for the timers) or {@code live} (the real CCPayment).
 */
@ApplicationScoped
public class GatewayMode {

  public static final String KEY = "paydesk.gateway.mode";

  private boolean live;

  protected GatewayMode() {
    // for CDI proxies
  }

  @Inject
  public GatewayMode(@ConfigProperty(name = KEY) String mode) {
    String normalized = mode.trim().toLowerCase();
    if (!normalized.equals("sandbox") && !normalized.equals("live")) {
      throw new IllegalStateException(KEY + " must be sandbox or live, not '" + mode + "'");
    }
    this.live = normalized.equals("live");
  }

  public boolean isLive() {
    return live;
  }

  public boolean isSandbox() {
    return !live;
  }

  /** {@code sandbox} or {@code live}, as configured and shown. */
  public String label() {
    return live ? "live" : "sandbox";
  }
}
