package dev.paydesk.console.shopevent;

import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** "Send again", from the order page and the deliveries page. */
@Named
@RequestScoped
public class ShopEventActions {

  @Inject ShopEventService shopEvents;
  @Inject CurrentUser user;
  @Inject Messages messages;
  @Inject Clock clock;

  /**
   * Queues the event again at every endpoint, due now, and goes back where the user was.
   *
   * @param back {@code order} (the checkout's page) or {@code deliveries}
   */
  public String redeliver(String checkoutId, String eventId, String back) {
    user.requireMayActOnOrders();
    boolean queued =
        !shopEvents
            .redeliver(
                checkoutId,
                eventId,
                clock.instant(),
                dev.paydesk.application.order.Actor.merchant(user.getName()))
            .isEmpty();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        queued
            ? new FacesMessage(
                FacesMessage.SEVERITY_INFO, messages.get("events.redeliver.done"), null)
            : new FacesMessage(
                FacesMessage.SEVERITY_ERROR, messages.get("events.redeliver.unknown"), null));
    return "order".equals(back)
        ? "order?faces-redirect=true&id=" + checkoutId
        : "deliveries?faces-redirect=true";
  }
}
