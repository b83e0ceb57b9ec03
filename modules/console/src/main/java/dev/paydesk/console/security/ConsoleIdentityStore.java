package dev.paydesk.console.security;

import dev.paydesk.application.user.ConsoleSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * Turns a sign-in {@link LoginPage} checked against Paydesk's own accounts into the container's
 * caller; the user's role is their only group. The session gets a new id (a session id planted
 * before sign-in is worth nothing after it), is recorded as a signed-in session ({@link
 * ConsoleSessions}) and keeps what was granted, which {@link ConsoleSessionFilter} checks on every
 * request. Any other credential is not this store's.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  /** The session attribute holding the grant a session was signed in on. */
  public static final String GRANT = "dev.paydesk.console.grant";

  /** The session attribute holding the signed-in session's id ({@link ConsoleSessions}). */
  public static final String SESSION = "dev.paydesk.console.session";

  @Inject ConsoleSessions sessions;

  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof GrantedCredential signedIn)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var granted = signedIn.granted();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(GRANT, granted.grant());
    session.setAttribute(
        SESSION,
        sessions.start(granted.username(), signedIn.client(), request.getHeader("User-Agent")));
    return new CredentialValidationResult(granted.username(), Set.of(granted.role().name()));
  }
}
