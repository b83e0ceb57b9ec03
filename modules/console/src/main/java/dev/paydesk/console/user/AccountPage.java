package dev.paydesk.console.user;

import dev.paydesk.application.qr.QrPng;
import dev.paydesk.application.user.ConsoleSessions;
import dev.paydesk.application.user.ConsoleSettings;
import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.application.user.TwoFactorService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.Times;
import dev.paydesk.console.security.ConsoleIdentityStore;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.user.UserRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code /console/account.xhtml}: one's own password, two-factor sign-in (set up with a QR code,
 * recovery codes shown once), and the signed-in sessions, each of which can be signed out.
 */
@Named
@RequestScoped
public class AccountPage {

  /** The HTTP session attribute holding a secret being set up, until its first code confirms it. */
  static final String ENROLLING = "dev.paydesk.console.enrolling";

  /** A signed-in session as the page lists it. */
  public record SessionRow(
      String id,
      String client,
      String userAgent,
      String started,
      String lastSeen,
      boolean current) {}

  @Inject ConsoleUserService users;

  @Inject TwoFactorService twoFactor;

  @Inject ConsoleSessions sessions;

  @Inject ConsoleSettings settings;

  @Inject CurrentUser user;

  @Inject Messages messages;

  private String current;
  private String next;
  private String repeated;
  private String code;
  private List<String> recoveryCodes = List.of();

  public String change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (next == null || !next.equals(repeated)) {
        error(messages.get("account.mismatch"));
        return null;
      }
      users.changeOwnPassword(user.getName(), current, next);
      // this session goes on with the new password; the user's other sessions end
      faces
          .getExternalContext()
          .getSessionMap()
          .put(ConsoleIdentityStore.GRANT, users.currentGrant(user.getName()).orElse(null));
    } catch (UserRefusedException e) {
      error(messages.refusal(e));
      return null;
    } finally {
      current = null;
      next = null;
      repeated = null;
    }
    return done("account.changed");
  }

  public boolean isTwoFactorOn() {
    return users
        .standing(user.getName())
        .filter(ConsoleUserService.Standing::twoFactor)
        .isPresent();
  }

  public boolean isTwoFactorRequired() {
    return settings.requireTwoFactor();
  }

  /** Starts setting up two-factor sign-in: a new secret, shown as a QR code and as text. */
  public void beginTwoFactor() {
    session().put(ENROLLING, twoFactor.begin(user.getName()));
  }

  public void cancelTwoFactor() {
    session().remove(ENROLLING);
  }

  public Optional<TwoFactorService.Enrolment> enrolment() {
    return Optional.ofNullable((TwoFactorService.Enrolment) session().get(ENROLLING));
  }

  public boolean isEnrolling() {
    return enrolment().isPresent() && recoveryCodes.isEmpty();
  }

  /** The secret in groups of four, as authenticator apps ask for it when typed. */
  public String getEnrolmentSecret() {
    return enrolment().map(e -> e.secret().replaceAll("(.{4})(?!$)", "$1 ")).orElse("");
  }

  /** The {@code otpauth://} URI as a QR code (a data URI; the console's policy allows those). */
  public String getEnrolmentQr() {
    return enrolment()
        .map(
            e ->
                "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(QrPng.png(e.uri(), 240)))
        .orElse("");
  }

  public void confirmTwoFactor() {
    Optional<TwoFactorService.Enrolment> enrolment = enrolment();
    if (enrolment.isEmpty()) {
      return;
    }
    try {
      recoveryCodes = twoFactor.confirm(user.getName(), enrolment.get().secret(), code);
      session().remove(ENROLLING);
      info(messages.get("account.twoFactor.on"));
    } catch (UserRefusedException e) {
      error(messages.refusal(e));
    } finally {
      code = null;
    }
  }

  public void disableTwoFactor() {
    try {
      twoFactor.disable(user.getName(), code);
      info(messages.get("account.twoFactor.off"));
    } catch (UserRefusedException e) {
      error(messages.refusal(e));
    } finally {
      code = null;
    }
  }

  public void renewRecoveryCodes() {
    try {
      recoveryCodes = twoFactor.newRecoveryCodes(user.getName(), code);
      info(messages.get("account.recovery.renewed"));
    } catch (UserRefusedException e) {
      error(messages.refusal(e));
    } finally {
      code = null;
    }
  }

  /** Recovery codes just made, shown in this answer only. */
  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public List<SessionRow> getSessions() {
    String mine = currentSession();
    return sessions.activeOf(user.getName()).stream()
        .map(
            s ->
                new SessionRow(
                    s.id(),
                    s.client(),
                    s.userAgent(),
                    Times.format(s.startedAt()),
                    Times.format(s.lastSeenAt()),
                    s.id().equals(mine)))
        .toList();
  }

  public String signOutSession(String id) {
    if (id.equals(currentSession())) {
      return null;
    }
    sessions.end(user.getName(), id);
    return done("account.sessions.ended");
  }

  /** Ends every session of this user, this one too. */
  public void signOutEverywhere() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    sessions.endAll(user.getName(), null, user.getName());
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session below ends anyway
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml?signedOut=true");
  }

  private String currentSession() {
    return (String) session().get(ConsoleIdentityStore.SESSION);
  }

  private static java.util.Map<String, Object> session() {
    return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
  }

  private String done(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    info(messages.get(key));
    return "/console/account?faces-redirect=true";
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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
