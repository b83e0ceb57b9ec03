package dev.paydesk.console.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie (only the console has sessions): {@code HttpOnly}, {@code SameSite=Strict} (a
 * page of another site cannot make the browser send it), and {@code Secure} whenever {@code
 * paydesk.public-url} is https. Set here because whether it is https is configuration.
 */
@WebListener
public class ConsoleSessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(ConsoleHeadersFilter.https(publicUrl()));
    cookie.setAttribute("SameSite", "Strict");
  }

  private static String publicUrl() {
    return ConfigProvider.getConfig()
        .getOptionalValue("paydesk.public-url", String.class)
        .orElse("");
  }
}
