package dev.paydesk.application.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How checkouts are created ({@code paydesk.checkout.*}); each default is written here only. */
@ApplicationScoped
public class CheckoutSettings {

  private Duration abandonedAttemptAfter;

  protected CheckoutSettings() {
    // for CDI proxies
  }

  @Inject
  public CheckoutSettings(
      @ConfigProperty(name = "paydesk.checkout.abandoned-attempt-after", defaultValue = "PT2M")
          Duration abandonedAttemptAfter) {
    this.abandonedAttemptAfter = abandonedAttemptAfter;
  }

  /**
   * How long a gateway attempt may stay unanswered before the shop's retry starts a new one (the
   * server stopped mid-call); longer than any gateway call can take.
   */
  public Duration abandonedAttemptAfter() {
    return abandonedAttemptAfter;
  }
}
