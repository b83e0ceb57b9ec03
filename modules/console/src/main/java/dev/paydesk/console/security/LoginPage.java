package dev.paydesk.console.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.paydesk.application.access.ClientAddresses;
import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.application.user.SignIn;
import dev.paydesk.console.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in form and signing out. An account with two-factor sign-in on takes two steps: the
 * right password leaves a pending sign-in in the HTTP session (five minutes, five codes at most),
 * and the code completes it. The container hears of a sign-in only once both steps passed ({@link
 * GrantedCredential}).
 */
@Named
@RequestScoped
public class LoginPage {

  /** The session attribute holding a sign-in that waits for its second factor. */
  static final String PENDING = "dev.paydesk.console.pending";

  static final Duration PENDING_FOR = Duration.ofMinutes(5);
  static final int CODES_PER_PENDING = 5;

  /** A right password, waiting for the code. */
  record Pending(String username, Instant since, int tries) implements Serializable {}

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject Messages messages;

  @Inject ConsoleUserService users;

  @Inject ClientAddresses clients;

  @Inject Clock clock;

  private String username;
  private String password;
  private String code;

  public void signIn() throws IOException {
    clearPending();
    SignIn outcome = users.signIn(username, password, client());
    password = null;
    if (outcome instanceof SignIn.SecondFactorNeeded needed) {
      session().put(PENDING, new Pending(needed.username(), clock.instant(), 0));
      return; // the page asks for the code
    }
    answer(outcome, "login.wrong");
  }

  /** The second step: the code of the authenticator app, or a recovery code. */
  public void confirmCode() throws IOException {
    Optional<Pending> pending = pending();
    if (pending.isEmpty()) {
      refuse("login.codeExpired");
      return;
    }
    Pending p = pending.get();
    SignIn outcome = users.secondFactor(p.username(), code, client());
    code = null;
    if (outcome instanceof SignIn.Refused) {
      if (p.tries() + 1 >= CODES_PER_PENDING) {
        clearPending();
        refuse("login.codeExpired");
        return;
      }
      session().put(PENDING, new Pending(p.username(), p.since(), p.tries() + 1));
    }
    answer(outcome, "login.wrongCode");
  }

  /** Back to the first step. */
  public void restart() {
    clearPending();
  }

  /** Whether the page asks for the second factor (a right password was given just now). */
  public boolean isAwaitingCode() {
    return pending().isPresent();
  }

  private Optional<Pending> pending() {
    Object pending = session().get(PENDING);
    if (pending instanceof Pending p && clock.instant().isBefore(p.since().plus(PENDING_FOR))) {
      return Optional.of(p);
    }
    return Optional.empty();
  }

  private void clearPending() {
    session().remove(PENDING);
  }

  private java.util.Map<String, Object> session() {
    return faces.getExternalContext().getSessionMap();
  }

  private String client() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    return clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  private void answer(SignIn outcome, String refusal) throws IOException {
    if (!(outcome instanceof SignIn.Granted granted)) {
      // one answer for every refusal: which names exist, which are disabled and who is being
      // slowed down is nobody's business here
      refuse(refusal);
      return;
    }
    clearPending();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new GrantedCredential(granted, client())));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS ->
          external.redirect(external.getRequestContextPath() + "/console/dashboard.xhtml");
      default -> refuse(refusal);
    }
  }

  private void refuse(String key) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml?signedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
