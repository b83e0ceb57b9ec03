package dev.paydesk.application.refund;

import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How refunds are let out ({@code paydesk.refunds.*}, the approval threshold also in the console);
 * each default is written here only.
 */
@ApplicationScoped
public class RefundSettings implements SettingRule {

  private Optional<String> approvalAbove = Optional.empty();
  private SettingOverrides overrides = SettingOverrides.NONE;
  private java.time.Duration linkValid = DEFAULT_LINK_VALID;

  /** How long a buyer's refund link opens by default. */
  public static final java.time.Duration DEFAULT_LINK_VALID = java.time.Duration.ofDays(7);

  protected RefundSettings() {
    // for CDI proxies
  }

  /** Settings of the configuration file alone (tests). */
  public RefundSettings(Optional<BigDecimal> approvalAbove) {
    this.approvalAbove = approvalAbove.map(BigDecimal::toPlainString);
  }

  /**
   * @param approvalAbove the worth, in the order's pricing currency, above which an ADMIN other
   *     than the asker approves a refund; none: no refund waits for approval
   * @param linkValid how long a buyer's refund link opens
   */
  @Inject
  public RefundSettings(
      @ConfigProperty(name = "paydesk.refunds.approval-above") Optional<String> approvalAbove,
      @ConfigProperty(name = "paydesk.refunds.link-valid", defaultValue = "P7D")
          java.time.Duration linkValid,
      SettingOverrides overrides) {
    this.approvalAbove = approvalAbove.filter(v -> !v.isBlank());
    this.linkValid = linkValid;
    this.overrides = overrides;
  }

  /**
   * How long a link for the buyer to give their address opens ({@code paydesk.refunds.link-valid}).
   */
  public java.time.Duration linkValid() {
    return linkValid;
  }

  /**
   * The threshold: the console's value, else the configuration file's; null for none (an empty
   * console value, or one the rules would refuse).
   */
  public BigDecimal approvalAbove() {
    return overrides
        .value(MerchantSetting.REFUND_APPROVAL_ABOVE)
        .or(() -> approvalAbove)
        .filter(v -> !v.isBlank() && problem(MerchantSetting.REFUND_APPROVAL_ABOVE, v).isEmpty())
        .map(v -> new BigDecimal(v.strip()))
        .orElse(null);
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    if (setting != MerchantSetting.REFUND_APPROVAL_ABOVE || value.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal amount = new BigDecimal(value.strip());
      return amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
          ? Optional.of("an amount of 0 or more with at most 2 decimals, such as 250 or 99.50")
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(value + " is not an amount such as 250 or 99.50");
    }
  }
}
