package dev.paydesk.application.payment;

import dev.paydesk.application.startup.StartupRequirement;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How payments are judged ({@code paydesk.payment.*}); each default is written here only. A
 * tolerance that cannot be read, or that would forgive a whole order, refuses the start, naming the
 * setting.
 */
@ApplicationScoped
public class PaymentSettings implements StartupRequirement {

  static final String AMOUNT = "paydesk.payment.underpayment-tolerance";
  static final String PERCENT = "paydesk.payment.underpayment-tolerance-percent";

  private UnderpaymentTolerance tolerance = UnderpaymentTolerance.NONE;
  private final List<String> problems = new ArrayList<>();

  protected PaymentSettings() {
    // for CDI proxies
  }

  /**
   * @param amounts {@code "0.50 USD, 0.0001 BTC"}: per pricing currency (or token, for orders
   *     priced in it); empty or {@code 0} for none
   * @param percent of the amount due, 0 to below 100
   */
  @Inject
  public PaymentSettings(
      @ConfigProperty(name = AMOUNT, defaultValue = "0") String amounts,
      @ConfigProperty(name = PERCENT, defaultValue = "0") String percent) {
    Map<String, BigDecimal> byCurrency = Map.of();
    try {
      byCurrency = UnderpaymentTolerance.parseAmounts(amounts);
    } catch (IllegalArgumentException e) {
      problems.add(AMOUNT + ": " + e.getMessage());
    }
    BigDecimal share = BigDecimal.ZERO;
    try {
      share = new BigDecimal(percent.trim());
      if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) >= 0) {
        problems.add(
            PERCENT
                + ": "
                + percent
                + " must be at least 0 and below 100 (100 would forgive a whole order)");
        share = BigDecimal.ZERO;
      }
    } catch (NumberFormatException e) {
      problems.add(PERCENT + ": " + percent + " is not a number");
    }
    this.tolerance = new UnderpaymentTolerance(byCurrency, share);
  }

  public UnderpaymentTolerance tolerance() {
    return tolerance;
  }

  @Override
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
