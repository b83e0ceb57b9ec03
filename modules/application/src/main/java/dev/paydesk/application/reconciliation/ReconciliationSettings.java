package dev.paydesk.application.reconciliation;

import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which orders reconciliation asks the gateway about, and how often ({@code
 * paydesk.reconciliation.*}); each default is written here only.
 */
@ApplicationScoped
public class ReconciliationSettings {

  private Duration every;
  private Duration detectedStaleAfter;
  private Duration latePaymentWindow;
  private int batchSize;

  protected ReconciliationSettings() {
    // for CDI proxies
  }

  @Inject
  public ReconciliationSettings(
      @ConfigProperty(name = "paydesk.reconciliation.every", defaultValue = "PT5M") Duration every,
      @ConfigProperty(name = "paydesk.reconciliation.detected-stale-after", defaultValue = "PT10M")
          Duration detectedStaleAfter,
      @ConfigProperty(name = "paydesk.reconciliation.late-payment-window", defaultValue = "P7D")
          Duration latePaymentWindow,
      @ConfigProperty(name = "paydesk.reconciliation.batch-size", defaultValue = "100")
          int batchSize) {
    this.every = every;
    this.detectedStaleAfter = detectedStaleAfter;
    this.latePaymentWindow = latePaymentWindow;
    this.batchSize = Math.max(1, Math.min(batchSize, PaymentGateway.MAX_ORDER_QUERY));
  }

  /** How often the reconciliation timer runs. */
  public Duration every() {
    return every;
  }

  /** A detected payment not settled for this long is looked up at the gateway. */
  public Duration detectedStaleAfter() {
    return detectedStaleAfter;
  }

  /**
   * CCPayment still accepts payments for a week after expiry; expired orders are checked that long.
   */
  public Duration latePaymentWindow() {
    return latePaymentWindow;
  }

  /** Orders per {@code bill/info} call: at most 100. */
  public int batchSize() {
    return batchSize;
  }
}
