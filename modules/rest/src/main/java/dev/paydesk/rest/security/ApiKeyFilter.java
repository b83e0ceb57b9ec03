package dev.paydesk.rest.security;

import dev.paydesk.application.access.ShopKeyCheck;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a {@link ShopApiKey} operation through only with {@code Authorization: Bearer <shop API
 * key>}.
 */
@Provider
@ShopApiKey
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

  @Inject ApiKeySettings keys;

  @Override
  public void filter(ContainerRequestContext request) {
    String presented = ShopKeyCheck.bearerOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (!keys.accepts(presented)) {
      request.abortWith(
          Response.status(401)
              .type(Problem.MEDIA_TYPE)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
              .entity(
                  Problem.of(
                      ProblemType.UNAUTHORIZED,
                      "A shop API key is required",
                      401,
                      "Send Authorization: Bearer <key> with one of the keys in paydesk.api.keys."))
              .build());
    }
  }
}
