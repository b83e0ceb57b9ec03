package dev.paydesk.console.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /console/order.xhtml?id=co_…}: one order — its terms, what CCPayment made of it, its
 * payments and its whole timeline — and what an operator can do about it.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrderReadService reads;

  @Inject ReconciliationService reconciliation;

  @Inject CurrentUser user;

  @Inject Messages messages;

  @Inject Clock clock;

  private String id;
  private transient CheckoutView checkout;
  private transient List<TimelineRow> timeline;

  /** Runs once the URL's id is read; an unknown id shows "no such order". */
  public void load() {
    Optional<CheckoutId> checkoutId = CheckoutId.parse(id);
    checkout = checkoutId.flatMap(reads::checkout).orElse(null);
    timeline =
        checkoutId
            .flatMap(reads::timeline)
            .map(entries -> entries.stream().map(TimelineRow::new).toList())
            .orElse(List.of());
  }

  /** Asks CCPayment about the order now and applies any payment a webhook missed. */
  public String checkNow() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      reconciliation.checkNow(new CheckoutId(id), clock.instant());
      message(faces, FacesMessage.SEVERITY_INFO, messages.get("order.checkNow.done"));
    } catch (GatewayUnavailableException e) {
      message(faces, FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"));
    }
    return "order?faces-redirect=true&id=" + id;
  }

  private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public boolean isFound() {
    return checkout != null;
  }

  public OrderRow getRow() {
    return new OrderRow(checkout);
  }

  public List<PaymentRow> getPayments() {
    return checkout.payments().stream()
        .map(p -> new PaymentRow(p, BlockExplorers.transaction(checkout.network(), p.txid())))
        .toList();
  }

  public List<TimelineRow> getTimeline() {
    return timeline;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
