package dev.paydesk.console.security;

import dev.paydesk.application.user.ConsoleSessions;
import dev.paydesk.application.user.ConsoleSettings;
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
import java.util.Optional;

/**
 * Ends a console session at its next request once its user was disabled, removed, or given another
 * role or password, or once the session was signed out from the "signed-in sessions" view (two
 * indexed reads per console request): the session keeps the grant and the session id it was signed
 * in on, and this compares them with the database. The user is then sent to sign in again, on any
 * instance: nothing of this lives in one server's memory. While an ADMIN requires two-factor
 * sign-in, a user without it reaches only the account page, to set it up.
 */
@WebFilter(urlPatterns = {"/console/*"})
public class ConsoleSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ACCOUNT = "/console/account.xhtml";

  @Inject transient ConsoleUserService users;

  @Inject transient ConsoleSessions sessions;

  @Inject transient ConsoleSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var caller = request.getUserPrincipal();
    if (caller != null) {
      HttpSession session = request.getSession(false);
      Object granted = session == null ? null : session.getAttribute(ConsoleIdentityStore.GRANT);
      Object id = session == null ? null : session.getAttribute(ConsoleIdentityStore.SESSION);
      Optional<ConsoleUserService.Standing> now = users.standing(caller.getName());
      if (now.isEmpty()
          || !Objects.equals(granted, now.get().grant())
          || !sessions.active((String) id, caller.getName())) {
        request.logout();
        if (request.getSession(false) != null) {
          request.getSession(false).invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/console/login.xhtml?ended=true");
        return;
      }
      if (!now.get().twoFactor()
          && settings.requireTwoFactor()
          && !mayGoWithoutSecondFactor(request)) {
        response.sendRedirect(request.getContextPath() + ACCOUNT + "?twoFactorRequired=true");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The account page (to set it up), its scripts and styles, and the sign-in page. */
  private static boolean mayGoWithoutSecondFactor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(ACCOUNT)
        || path.startsWith("/console/jakarta.faces.resource/")
        || path.equals("/console/login.xhtml");
  }
}
