package dev.paydesk.application.checkout;

import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import dev.paydesk.domain.order.CheckoutTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How checkouts are created ({@code paydesk.checkout.*}); each default is written here only. */
@ApplicationScoped
public class CheckoutSettings implements SettingRule {

  private Duration abandonedAttemptAfter;
  private Optional<String> validPeriod = Optional.empty();
  private SettingOverrides overrides = SettingOverrides.NONE;

  protected CheckoutSettings() {
    // for CDI proxies
  }

  public CheckoutSettings(Duration abandonedAttemptAfter) {
    this(abandonedAttemptAfter, Optional.empty(), SettingOverrides.NONE);
  }

  @Inject
  public CheckoutSettings(
      @ConfigProperty(name = "paydesk.checkout.abandoned-attempt-after", defaultValue = "PT2M")
          Duration abandonedAttemptAfter,
      @ConfigProperty(name = "paydesk.checkout.valid-period") Optional<String> validPeriod,
      SettingOverrides overrides) {
    this.abandonedAttemptAfter = abandonedAttemptAfter;
    this.validPeriod = validPeriod.filter(v -> !v.isBlank());
    this.overrides = overrides;
  }

  /**
   * How long a gateway attempt may stay unanswered before the shop's retry starts a new one (the
   * server stopped mid-call); longer than any gateway call can take.
   */
  public Duration abandonedAttemptAfter() {
    return abandonedAttemptAfter;
  }

  /**
   * How long a checkout's pay address is offered when the shop names no period: the console's
   * value, else {@code paydesk.checkout.valid-period}, else CCPayment's default (24 hours). A value
   * the checkout rules would refuse is not used.
   */
  public Duration validPeriod() {
    return overrides
        .value(MerchantSetting.VALID_PERIOD)
        .or(() -> validPeriod)
        .filter(v -> !v.isBlank() && problem(MerchantSetting.VALID_PERIOD, v).isEmpty())
        .map(v -> Duration.parse(v.strip()))
        .orElse(CheckoutTerms.DEFAULT_VALID_PERIOD);
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    if (setting != MerchantSetting.VALID_PERIOD || value.isBlank()) {
      return Optional.empty();
    }
    try {
      Duration period = Duration.parse(value.strip());
      if (period.compareTo(CheckoutTerms.MIN_VALID_PERIOD) < 0
          || period.compareTo(CheckoutTerms.MAX_VALID_PERIOD) > 0) {
        return Optional.of("between 1 minute and 10 days (CCPayment's limits)");
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of(value + " is not a period such as PT30M or PT24H");
    }
  }
}
