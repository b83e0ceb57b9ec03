package dev.paydesk.application.payment;

import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import dev.paydesk.application.startup.StartupRequirement;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How payments are judged ({@code paydesk.payment.*}); each default is written here only. A
 * tolerance that cannot be read, or that would forgive a whole order, refuses the start, naming the
 * setting; typed in the console, it is refused there. The console's tolerance, once set, counts
 * over the file's for every payment judged from then on.
 */
@ApplicationScoped
public class PaymentSettings implements StartupRequirement, SettingRule {

  static final String AMOUNT = "paydesk.payment.underpayment-tolerance";
  static final String PERCENT = "paydesk.payment.underpayment-tolerance-percent";

  private UnderpaymentTolerance tolerance = UnderpaymentTolerance.NONE;
  private final List<String> problems = new ArrayList<>();
  private SettingOverrides overrides = SettingOverrides.NONE;

  protected PaymentSettings() {
    // for CDI proxies
  }

  /**
   * @param amounts {@code "0.50 USD, 0.0001 BTC"}: per pricing currency (or token, for orders
   *     priced in it); empty or {@code 0} for none
   * @param percent of the amount due, 0 to below 100
   */
  public PaymentSettings(String amounts, String percent) {
    this(amounts, percent, SettingOverrides.NONE);
  }

  @Inject
  public PaymentSettings(
      @ConfigProperty(name = AMOUNT, defaultValue = "0") String amounts,
      @ConfigProperty(name = PERCENT, defaultValue = "0") String percent,
      SettingOverrides overrides) {
    this.overrides = overrides;
    Map<String, BigDecimal> byCurrency = Map.of();
    try {
      byCurrency = UnderpaymentTolerance.parseAmounts(amounts);
    } catch (IllegalArgumentException e) {
      problems.add(AMOUNT + ": " + e.getMessage());
    }
    BigDecimal share = BigDecimal.ZERO;
    Optional<String> bad = percentProblem(percent);
    if (bad.isPresent()) {
      problems.add(PERCENT + ": " + bad.get());
    } else {
      share = new BigDecimal(percent.trim());
    }
    this.tolerance = new UnderpaymentTolerance(byCurrency, share);
  }

  /** The tolerance in effect now: the console's amounts and share where set, else the file's. */
  public UnderpaymentTolerance tolerance() {
    Optional<String> amounts = overrides.value(MerchantSetting.TOLERANCE);
    Optional<String> percent = overrides.value(MerchantSetting.TOLERANCE_PERCENT);
    if (amounts.isEmpty() && percent.isEmpty()) {
      return tolerance;
    }
    return new UnderpaymentTolerance(
        amounts.map(UnderpaymentTolerance::parseAmounts).orElse(tolerance.amounts()),
        percent
            .map(p -> p.isBlank() ? BigDecimal.ZERO : new BigDecimal(p))
            .orElse(tolerance.percent()));
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    if (setting == MerchantSetting.TOLERANCE) {
      try {
        UnderpaymentTolerance.parseAmounts(value);
        return Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.of(e.getMessage());
      }
    }
    return setting == MerchantSetting.TOLERANCE_PERCENT && !value.isBlank()
        ? percentProblem(value)
        : Optional.empty();
  }

  private static Optional<String> percentProblem(String percent) {
    try {
      BigDecimal share = new BigDecimal(percent.trim());
      if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) >= 0) {
        return Optional.of(
            percent + " must be at least 0 and below 100 (100 would forgive a whole order)");
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(percent + " is not a number");
    }
  }

  @Override
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
