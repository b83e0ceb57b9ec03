package dev.paydesk.console.user;

import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.ConsoleIdentityStore;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.user.UserRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /console/account.xhtml}: changing one's own password. */
@Named
@RequestScoped
public class AccountPage {

  @Inject ConsoleUserService users;

  @Inject CurrentUser user;

  @Inject Messages messages;

  private String current;
  private String next;
  private String repeated;

  public String change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (next == null || !next.equals(repeated)) {
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("account.mismatch"), null));
        return null;
      }
      users.changeOwnPassword(user.getName(), current, next);
      // this session goes on with the new password; the user's other sessions end
      faces
          .getExternalContext()
          .getSessionMap()
          .put(ConsoleIdentityStore.GRANT, users.currentGrant(user.getName()).orElse(null));
    } catch (UserRefusedException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.refusal(e), null));
      return null;
    } finally {
      current = null;
      next = null;
      repeated = null;
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("account.changed"), null));
    return "/console/account?faces-redirect=true";
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
