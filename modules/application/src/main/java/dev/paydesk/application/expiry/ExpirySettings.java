package dev.paydesk.application.expiry;

import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How unpaid orders expire ({@code paydesk.expiry.*}); each default is written here only. */
@ApplicationScoped
public class ExpirySettings {

  private Duration every;
  private Duration grace;
  private int batchSize;

  protected ExpirySettings() {
    // for CDI proxies
  }

  @Inject
  public ExpirySettings(
      @ConfigProperty(name = "paydesk.expiry.every", defaultValue = "PT30S") Duration every,
      @ConfigProperty(name = "paydesk.expiry.grace", defaultValue = "PT1M") Duration grace,
      @ConfigProperty(name = "paydesk.expiry.batch-size", defaultValue = "100") int batchSize) {
    this.every = every;
    this.grace = grace;
    this.batchSize = Math.max(1, Math.min(batchSize, PaymentGateway.MAX_ORDER_QUERY));
  }

  /** How often the expiry timer runs. */
  public Duration every() {
    return every;
  }

  /** How long after its expiry an order is left, for a payment broadcast at the last second. */
  public Duration grace() {
    return grace;
  }

  /** Orders per batch: at most 100, what one {@code bill/info} call takes. */
  public int batchSize() {
    return batchSize;
  }
}
