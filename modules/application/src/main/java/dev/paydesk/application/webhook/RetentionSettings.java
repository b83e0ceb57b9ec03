package dev.paydesk.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the webhook log keeps what changed nothing ({@code paydesk.webhook.retention*}); each
 * default is written here only.
 */
@ApplicationScoped
public class RetentionSettings {

  private Duration retention;
  private Duration every;

  protected RetentionSettings() {
    // for CDI proxies
  }

  @Inject
  public RetentionSettings(
      @ConfigProperty(name = "paydesk.webhook.retention", defaultValue = "P90D") Duration retention,
      @ConfigProperty(name = "paydesk.webhook.retention-every", defaultValue = "PT1H")
          Duration every) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("paydesk.webhook.retention must be a positive duration");
    }
    this.retention = retention;
    this.every = every;
  }

  /** How long duplicates, ignored and rejected webhooks are kept. */
  public Duration retention() {
    return retention;
  }

  /** How often the log is pruned. */
  public Duration every() {
    return every;
  }
}
