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

  @Inject dev.paydesk.application.order.OrderReadService reads;

  private List<RefundView> rows;
  private final java.util.Map<String, String> orderNames = new java.util.HashMap<>();

  public List<RefundView> getRows() {
    if (rows == null) {
      rows = refunds.forConsole(ROWS);
    }
    return rows;
  }

  /** The order's merchant order id, as the merchant knows the order (each order read once). */
  public String orderName(RefundView refund) {
    return orderNames.computeIfAbsent(
        refund.checkoutId(),
        id ->
            dev.paydesk.domain.order.CheckoutId.parse(id)
                .flatMap(reads::checkout)
                .map(dev.paydesk.application.order.CheckoutView::merchantOrderId)
                .orElse(id));
  }

  /** Whether the signed-in user may approve this refund: an ADMIN who did not ask for it. */
  public boolean mayApprove(RefundView refund) {
    return user.isMayManageUsers() && !refund.requestedBy().equals(user.getName());
  }
}
