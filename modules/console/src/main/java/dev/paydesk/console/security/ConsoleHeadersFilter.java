package dev.paydesk.console.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every console response. Scripts are governed by the second policy PrimeFaces
 * adds (a nonce per response; a browser enforces both, so this one leaves scripts to it); this one
 * covers the rest: nothing from other origins, no framing, no caching of pages that show orders.
 */
@WebFilter(urlPatterns = {"/console/*"})
public class ConsoleHeadersFilter extends HttpFilter {

  static final String POLICY =
      "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
          + "form-action 'self'; base-uri 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }

  /** Browsers keep to https for a year once they saw Paydesk there (only sent behind https). */
  static final String HSTS = "max-age=31536000";

  @Inject
  @ConfigProperty(name = "paydesk.public-url", defaultValue = "")
  transient String publicUrl;

  private transient boolean https;

  @Override
  public void init() {
    https = https(publicUrl);
  }

  static boolean https(String publicUrl) {
    return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
  }
}
