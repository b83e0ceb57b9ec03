package dev.paydesk.console.refund;

import dev.paydesk.application.refund.RefundFlow;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * A refund's buttons, on the order's page and on the Refunds page alike: approve (an ADMIN other
 * than the asker), send again after a failure, cancel. Each says what happened, and returns to the
 * page it was pressed on.
 */
@Named
@RequestScoped
public class RefundActions {

  @Inject RefundFlow flow;

  @Inject CurrentUser user;

  @Inject Messages messages;

  @Inject dev.paydesk.application.refund.RefundService refunds;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "paydesk.public-url")
  String publicUrl;

  @Inject dev.paydesk.console.Show show;

  /**
   * A new link for the buyer to give their address by (replacing any earlier one), shown once in
   * the page's message for the merchant to send.
   */
  public String buyerLink(String refundId, String back) {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      var link = refunds.newBuyerLink(refundId, EventSource.MERCHANT, user.getName());
      message(
          faces,
          FacesMessage.SEVERITY_INFO,
          messages.format("refunds.link.made", link.url(publicUrl), show.time(link.expiresAt())));
    } catch (RefundRefusedException e) {
      message(
          faces,
          FacesMessage.SEVERITY_ERROR,
          messages.get(e.refusal().messageKey()) + ": " + e.getMessage());
    }
    return back;
  }

  public String approve(String refundId, String back) {
    return act(
        () -> flow.approve(refundId, user.getName(), user.isMayManageUsers()),
        "refunds.approved",
        back);
  }

  public String retry(String refundId, String back) {
    return act(
        () -> flow.retry(refundId, EventSource.MERCHANT, user.getName()), "refunds.retried", back);
  }

  public String cancel(String refundId, String back) {
    return act(
        () -> flow.cancel(refundId, EventSource.MERCHANT, user.getName()),
        "refunds.cancelled",
        back);
  }

  /** Runs a refund action and says how it went; {@code back} is where the page goes after. */
  String act(Supplier<Refund> action, String doneKey, String back) {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Refund refund = action.get();
      message(
          faces,
          FacesMessage.SEVERITY_INFO,
          messages.get(doneKey)
              + " "
              + messages.get("refunds.status." + refund.status().name())
              + refund.failure().map(f -> ": " + f).orElse(""));
    } catch (RefundRefusedException e) {
      message(
          faces,
          FacesMessage.SEVERITY_ERROR,
          messages.get(e.refusal().messageKey()) + ": " + e.getMessage());
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
    } catch (GatewayRejectedException e) {
      message(
          faces,
          FacesMessage.SEVERITY_ERROR,
          messages.format("refunds.gatewayRefused", e.getMessage()));
    } catch (GatewayUnavailableException e) {
      message(faces, FacesMessage.SEVERITY_WARN, messages.get("refunds.unavailable"));
    }
    return back;
  }

  private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
