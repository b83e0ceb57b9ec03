package dev.paydesk.console.security;

import dev.paydesk.application.user.ConsoleUserService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;

/**
 * Ends a console session at its next request once its user was disabled, removed, or given another
 * role or password: the session keeps the grant it was signed in on, and this compares it with the
 * account as it is now (one indexed read per console request). The user is then sent to sign in
 * again, on any instance: the grant lives in the database, not in one server's memory.
 */
@WebFilter(urlPatterns = {"/console/*"})
public class ConsoleSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsoleUserService users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var caller = request.getUserPrincipal();
    if (caller != null) {
      HttpSession session = request.getSession(false);
      Object granted = session == null ? null : session.getAttribute(ConsoleIdentityStore.GRANT);
      String now = users.currentGrant(caller.getName()).orElse(null);
      if (now == null || !Objects.equals(granted, now)) {
        request.logout();
        if (request.getSession(false) != null) {
          request.getSession(false).invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/console/login.xhtml?ended=true");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
