package dev.paydesk.application.payment;

import dev.paydesk.domain.payment.UnderpaymentTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How payments are judged ({@code paydesk.payment.*}); each default is written here only. */
@ApplicationScoped
public class PaymentSettings {

  private UnderpaymentTolerance tolerance;

  protected PaymentSettings() {
    // for CDI proxies
  }

  @Inject
  public PaymentSettings(
      @ConfigProperty(name = "paydesk.payment.underpayment-tolerance", defaultValue = "0")
          BigDecimal absolute,
      @ConfigProperty(name = "paydesk.payment.underpayment-tolerance-percent", defaultValue = "0")
          BigDecimal percent) {
    this.tolerance = new UnderpaymentTolerance(absolute, percent);
  }

  public UnderpaymentTolerance tolerance() {
    return tolerance;
  }
}
