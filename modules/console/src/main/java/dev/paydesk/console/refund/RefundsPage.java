package dev.paydesk.console.refund;

import dev.paydesk.application.refund.RefundService;
import dev.paydesk.application.refund.RefundView;
import dev.paydesk.console.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /console/refunds.xhtml}: every refund, those waiting for someone first (failed, awaiting
 * approval, awaiting the buyer's address), then those on their way, then the latest ended.
 */
@Named
@RequestScoped
public class RefundsPage {

  /** The most rows the page shows. */
  static final int ROWS = 200;

  @Inject RefundService refunds;

  @Inject CurrentUser user;

  private List<RefundView> rows;

  public List<RefundView> getRows() {
    if (rows == null) {
      rows = refunds.forConsole(ROWS);
    }
    return rows;
  }

  /** Whether the signed-in user may approve this refund: an ADMIN who did not ask for it. */
  public boolean mayApprove(RefundView refund) {
    return user.isMayManageUsers() && !refund.requestedBy().equals(user.getName());
  }
}
