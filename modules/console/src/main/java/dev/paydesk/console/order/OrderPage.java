package dev.paydesk.console.order;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.console.shopevent.ShopEventRow;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderStatus;
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

  @Inject OrderActionService actions;

  @Inject CurrentUser user;

  @Inject Messages messages;

  @Inject Clock clock;

  @Inject ShopEventService shopEvents;

  private String id;
  private String note;
  private String cancelReason;
  private String reviewNote;
  private boolean cancelAsked;
  private transient CheckoutView checkout;
  private transient List<TimelineRow> timeline;
  private transient List<ShopEventRow> shopEventRows;

  /** Runs once the URL's id is read; an unknown id shows "no such order". */
  public void load() {
    Optional<CheckoutId> checkoutId = CheckoutId.parse(id);
    checkout = checkoutId.flatMap(reads::checkout).orElse(null);
    timeline =
        checkoutId
            .flatMap(reads::timeline)
            .map(entries -> entries.stream().map(TimelineRow::new).toList())
            .orElse(List.of());
    shopEventRows = checkout == null ? List.of() : ShopEventRow.of(shopEvents.ofCheckout(id));
  }

  /** Asks CCPayment about the order now and applies any payment a webhook missed. */
  public String checkNow() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      reconciliation.checkNow(new CheckoutId(id), clock.instant(), Actor.merchant(user.getName()));
      message(faces, FacesMessage.SEVERITY_INFO, messages.get("order.checkNow.done"));
    } catch (GatewayUnavailableException e) {
      message(faces, FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"));
    }
    return "order?faces-redirect=true&id=" + id;
  }

  /** Puts the merchant's note on the timeline. */
  public String addNote() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      actions.addNote(new CheckoutId(id), user.getName(), note);
      message(faces, FacesMessage.SEVERITY_INFO, messages.get("order.note.done"));
    } catch (IllegalArgumentException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return "order?faces-redirect=true&id=" + id;
  }

  /** The first click on "Cancel": the order is cancelled only once the question is confirmed. */
  public void askToCancel() {
    user.requireMayActOnOrders();
    cancelAsked = true;
  }

  /** The merchant keeps the order after all. */
  public void keepOrder() {
    cancelAsked = false;
  }

  /** Takes the order out of the "to review" queue, with what the merchant did. */
  public String markReviewed() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      actions.markReviewed(new CheckoutId(id), user.getName(), reviewNote);
      message(faces, FacesMessage.SEVERITY_INFO, messages.get("order.review.marked"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return "order?faces-redirect=true&id=" + id;
  }

  /** Cancels an order nobody has paid, once the merchant confirmed the question. */
  public String cancel() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      actions.cancel(new CheckoutId(id), user.getName(), cancelReason);
      message(faces, FacesMessage.SEVERITY_INFO, messages.get("order.cancel.done"));
    } catch (IllegalStateException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.get("order.cancel.refused"));
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

  /** Whether the cancel action is offered: payable, nothing paid or on its way. */
  public boolean isCancellable() {
    return checkout != null
        && checkout.status() == OrderStatus.AWAITING_PAYMENT
        && checkout.payments().isEmpty();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isCancelAsked() {
    return cancelAsked;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public OrderRow getRow() {
    return new OrderRow(checkout);
  }

  public List<PaymentRow> getPayments() {
    return checkout.payments().stream()
        .map(p -> new PaymentRow(p, BlockExplorers.transaction(checkout.network(), p.txid())))
        .toList();
  }

  /** The events sent (or to be sent) to the shop about this order, one row per endpoint. */
  public List<ShopEventRow> getShopEvents() {
    return shopEventRows;
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
