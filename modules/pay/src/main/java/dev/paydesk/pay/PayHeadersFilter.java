package dev.paydesk.pay;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers of the buyer's page. The policy admits this server's own scripts, styles and
 * event stream and nothing inline; images also from the shop's logo host. No referrer leaves the
 * page (its address is the checkout's only secret), it cannot be framed, and it is never cached.
 */
@WebFilter(urlPatterns = {"/pay/*"})
public class PayHeadersFilter extends HttpFilter {

  @Inject PageBranding branding;

  String policy() {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'"
        + branding.logoOrigin().map(o -> " " + o).orElse("")
        + "; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy());
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }
}
