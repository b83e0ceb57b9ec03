package dev.paydesk.application.payment;

import dev.paydesk.domain.payment.UnderpaymentTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How payments are judged and how the timers behave. */
@ApplicationScoped
public class PaymentSettings {

  private UnderpaymentTolerance tolerance;
  private Duration expiryGrace;
  private int batchSize;
  private Duration detectedStaleAfter;
  private Duration latePaymentWindow;

  protected PaymentSettings() {
    // for CDI proxies
  }

  @Inject
  public PaymentSettings(
      @ConfigProperty(name = "paydesk.payment.underpayment-tolerance", defaultValue = "0")
          BigDecimal absolute,
      @ConfigProperty(name = "paydesk.payment.underpayment-tolerance-percent", defaultValue = "0")
          BigDecimal percent,
      @ConfigProperty(name = "paydesk.expiry.grace", defaultValue = "PT1M") Duration expiryGrace,
      @ConfigProperty(name = "paydesk.expiry.batch-size", defaultValue = "100") int batchSize,
      @ConfigProperty(name = "paydesk.reconciliation.detected-stale-after", defaultValue = "PT10M")
          Duration detectedStaleAfter,
      @ConfigProperty(name = "paydesk.reconciliation.late-payment-window", defaultValue = "P7D")
          Duration latePaymentWindow) {
    this.tolerance = new UnderpaymentTolerance(absolute, percent);
    this.expiryGrace = expiryGrace;
    this.batchSize = Math.max(1, Math.min(batchSize, 100));
    this.detectedStaleAfter = detectedStaleAfter;
    this.latePaymentWindow = latePaymentWindow;
  }

  public UnderpaymentTolerance tolerance() {
    return tolerance;
  }

  /** How long after its expiry an order is left, for a payment broadcast at the last second. */
  public Duration expiryGrace() {
    return expiryGrace;
  }

  /**
   * Orders per expiry or reconciliation batch: at most 100, what one {@code bill/info} call takes.
   */
  public int batchSize() {
    return batchSize;
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
}
