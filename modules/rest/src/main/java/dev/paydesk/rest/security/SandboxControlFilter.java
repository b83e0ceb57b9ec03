package dev.paydesk.rest.security;

import dev.paydesk.application.access.ShopKeyCheck;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sandbox's control API marks orders paid and arms faults: only a shop backend (its API key as
 * a bearer token) or a signed-in console operator or admin may use it. A console session counts
 * only for reads and JSON requests, which a page of another site cannot send without the browser
 * asking first. In live mode there is no sandbox: the request goes on to its 404.
 */
@WebFilter(urlPatterns = "/sandbox/control/*")
public class SandboxControlFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject transient ShopKeyCheck keys;

  @Inject transient GatewayMode mode;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (mode.isLive() || allowed(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            JSON.toJson(
                Problem.of(
                    ProblemType.UNAUTHORIZED,
                    "A shop API key is required",
                    401,
                    "The sandbox's control API needs Authorization: Bearer <shop API key>, or a"
                        + " console operator signed in.")));
  }

  private boolean allowed(HttpServletRequest request) {
    if (keys.accepts(ShopKeyCheck.bearerOf(request.getHeader("Authorization")))) {
      return true;
    }
    boolean operator =
        request.getUserPrincipal() != null
            && (request.isUserInRole("OPERATOR") || request.isUserInRole("ADMIN"));
    String type = request.getContentType();
    boolean safe =
        "GET".equals(request.getMethod())
            || (type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"));
    return operator && safe;
  }
}
