package dev.paydesk.console.security;

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
 * user's role is their only group. Leaves the outcome on the request for the sign-in page to
 * explain (a locked account says so).
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  static final String OUTCOME = "dev.paydesk.console.signIn";

  @Inject ConsoleUserService users;

  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignIn outcome = users.signIn(login.getCaller(), login.getPasswordAsString());
    request.setAttribute(OUTCOME, outcome);
    if (outcome instanceof SignIn.Granted granted) {
      return new CredentialValidationResult(granted.username(), Set.of(granted.role().name()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
