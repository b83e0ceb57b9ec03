package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.application.access.ShopKeyCheck;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sandbox's control API marks orders paid and arms faults: only a shop backend (its API key as
 * a bearer token) or a signed-in console operator or admin may use it. A console session counts
 * only for JSON requests, which a page of another site cannot send without the browser asking
 * first.
 */
@Provider
@SandboxControlAccess.Guarded
@Priority(Priorities.AUTHENTICATION)
public class SandboxControlAccess implements ContainerRequestFilter {

  /** Marks the operations this filter guards. */
  @NameBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Guarded {}

  private static final JsonProvider JSONP = JsonProvider.provider();

  @Inject ShopKeyCheck keys;

  @Override
  public void filter(ContainerRequestContext request) {
    if (keys.accepts(ShopKeyCheck.bearerOf(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
      return;
    }
    var security = request.getSecurityContext();
    boolean operator =
        security != null
            && security.getUserPrincipal() != null
            && (security.isUserInRole("OPERATOR") || security.isUserInRole("ADMIN"));
    boolean safe = "GET".equals(request.getMethod()) || isJson(request);
    if (operator && safe) {
      return;
    }
    request.abortWith(
        Response.status(401)
            .type("application/problem+json")
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .entity(
                JSONP
                    .createObjectBuilder()
                    .add("type", "urn:paydesk:problem:unauthorized")
                    .add("title", "A shop API key is required")
                    .add("status", 401)
                    .add(
                        "detail",
                        "The sandbox's control API needs Authorization: Bearer <shop API key>, or"
                            + " a console operator signed in.")
                    .build()
                    .toString())
            .build());
  }

  private static boolean isJson(ContainerRequestContext request) {
    var type = request.getMediaType();
    return type != null && "application".equals(type.getType()) && "json".equals(type.getSubtype());
  }
}
