package dev.paydesk.console.order;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.BlockExplorers;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderActionService;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.order.PaymentView;
import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.application.payment.RescanService;
import dev.paydesk.application.payment.RiskyPaymentService;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.application.shopevent.ShopEventView;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRefusedException;
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

  @Inject RescanService rescans;

  @Inject RiskyPaymentService riskyPayments;

  private String id;
  private String note;
  private String cancelReason;
  private String reviewNote;
  private boolean cancelAsked;
  private String txid;
  private String riskyNote;
  private transient List<RiskyPaymentService.HeldPaymentView> held;
  private transient boolean heldUnknown;
  private transient CheckoutView checkout;
  private transient List<TimelineEntryView> timeline;
  private transient List<ShopEventView> shopEventRows;

  /** Runs once the URL's id is read; an unknown id shows "no such order". */
  public void load() {
    Optional<CheckoutId> checkoutId = CheckoutId.parse(id);
    checkout = checkoutId.flatMap(reads::checkout).orElse(null);
    timeline = checkoutId.flatMap(reads::timeline).orElse(List.of());
    shopEventRows = checkout == null ? List.of() : shopEvents.ofCheckout(id);
    held = List.of();
    if (checkout != null && mayHoldRiskyPayments()) {
      try {
        held = riskyPayments.held(checkout, timeline);
      } catch (GatewayUnavailableException e) {
        heldUnknown = true;
      }
    }
  }

  /**
   * Whether CCPayment is worth asking for the order's risky payments: only once one was flagged (a
   * risky payment always puts the order before a person) or decided, not on every page view.
   */
  private boolean mayHoldRiskyPayments() {
    return RiskyPaymentService.mayHold(timeline);
  }

  /** Asks CCPayment (v2) to look for a transaction it missed; its answer is shown. */
  public String rescan() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String answer = rescans.rescan(new CheckoutId(id), txid, Actor.merchant(user.getName()));
      message(faces, FacesMessage.SEVERITY_INFO, messages.format("order.rescan.answer", answer));
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
    } catch (GatewayRejectedException e) {
      message(
          faces,
          FacesMessage.SEVERITY_ERROR,
          messages.format("order.rescan.refused", e.getMessage()));
    } catch (GatewayUnavailableException e) {
      message(faces, FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"));
    }
    return "order?faces-redirect=true&id=" + id;
  }

  /** Credits a payment CCPayment flagged risky. */
  public String acceptRisky(String recordId) {
    return decideRisky(
        () -> riskyPayments.accept(new CheckoutId(id), recordId, user.getName()),
        "order.risky.accepted");
  }

  /** Leaves a payment CCPayment flagged risky uncredited, with the note. */
  public String leaveRisky(String recordId) {
    return decideRisky(
        () -> riskyPayments.leave(new CheckoutId(id), recordId, user.getName(), riskyNote),
        "order.risky.left");
  }

  private String decideRisky(Runnable decision, String doneKey) {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      decision.run();
      message(faces, FacesMessage.SEVERITY_INFO, messages.get(doneKey));
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
    } catch (GatewayUnavailableException e) {
      message(faces, FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"));
    }
    return "order?faces-redirect=true&id=" + id;
  }

  /** Whether the merchant can ask CCPayment to look for a missed transaction (v2 orders). */
  public boolean isRescanOffered() {
    return checkout != null
        && GatewayApi.V2.label().equals(checkout.gatewayApi())
        && checkout.payAddress() != null;
  }

  /** The order's payments CCPayment holds as risky, with what became of each. */
  public List<RiskyPaymentService.HeldPaymentView> getHeld() {
    return held;
  }

  /** CCPayment could not be asked which payments it holds as risky. */
  public boolean isHeldUnknown() {
    return heldUnknown;
  }

  public String getTxid() {
    return txid;
  }

  public void setTxid(String txid) {
    this.txid = txid;
  }

  public String getRiskyNote() {
    return riskyNote;
  }

  public void setRiskyNote(String riskyNote) {
    this.riskyNote = riskyNote;
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
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
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
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
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
    } catch (OrderRefusedException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, messages.refusal(e));
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

  /** Whether the cancel action is offered: as the order decided it when it was read. */
  public boolean isCancellable() {
    return checkout != null && checkout.cancellable();
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

  /** The order as the application shows it (the page reads its components). */
  public CheckoutView getCheckout() {
    return checkout;
  }

  /** The payment's transaction on a public block explorer, when the chain has one Paydesk knows. */
  public String explorerUrl(PaymentView payment) {
    return BlockExplorers.transaction(checkout.network(), payment.txid());
  }

  /** The events sent (or to be sent) to the shop about this order, one row per endpoint. */
  public List<ShopEventView> getShopEvents() {
    return shopEventRows;
  }

  public List<TimelineEntryView> getTimeline() {
    return timeline;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
