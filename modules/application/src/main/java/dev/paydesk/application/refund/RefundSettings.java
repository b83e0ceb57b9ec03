package dev.paydesk.application.refund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How refunds are let out ({@code paydesk.refunds.*}); each default is written here only. */
@ApplicationScoped
public class RefundSettings {

  private BigDecimal approvalAbove;

  protected RefundSettings() {
    // for CDI proxies
  }

  /**
   * @param approvalAbove the worth, in the order's pricing currency, above which an ADMIN other
   *     than the asker approves a refund; none: no refund waits for approval
   */
  @Inject
  public RefundSettings(
      @ConfigProperty(name = "paydesk.refunds.approval-above") Optional<BigDecimal> approvalAbove) {
    this.approvalAbove = approvalAbove.orElse(null);
  }

  /** The threshold, or null for none. */
  public BigDecimal approvalAbove() {
    return approvalAbove;
  }
}
