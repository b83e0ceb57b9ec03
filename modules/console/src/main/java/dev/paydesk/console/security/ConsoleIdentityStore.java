package dev.paydesk.console.security;

import dev.paydesk.application.access.ClientAddresses;
import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.application.user.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks console credentials against Paydesk's own accounts ({@link ConsoleUserService}); the
 * user's role is their only group. On success the session gets a new id (a session id planted
 * before sign-in is worth nothing after it) and keeps what was granted, which {@link
 * ConsoleSessionFilter} checks on every request.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  /** The session attribute holding the grant a session was signed in on. */
  public static final String GRANT = "dev.paydesk.console.grant";

  @Inject ConsoleUserService users;

  @Inject HttpServletRequest request;

  @Inject ClientAddresses clients;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignIn outcome =
        users.signIn(
            login.getCaller(),
            login.getPasswordAsString(),
            clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    if (outcome instanceof SignIn.Granted granted) {
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(GRANT, granted.grant());
      return new CredentialValidationResult(granted.username(), Set.of(granted.role().name()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
