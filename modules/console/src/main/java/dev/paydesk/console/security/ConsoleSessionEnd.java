package dev.paydesk.console.security;

import dev.paydesk.application.user.ConsoleSessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** A console session that ends here (signed out, timed out) ends in the sessions view too. */
@WebListener
public class ConsoleSessionEnd implements HttpSessionListener {

  @Inject ConsoleSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object id = event.getSession().getAttribute(ConsoleIdentityStore.SESSION);
    if (id instanceof String s) {
      try {
        sessions.ended(s);
      } catch (RuntimeException e) {
        // the application is stopping: the row times out of the view on its own
      }
    }
  }
}
