package dev.paydesk.ccpayment.webhook;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the webhook receiver also answer at the path set by {@code paydesk.webhook.path} (relative
 * to the context root, e.g. {@code /hooks/ccpay-7f3a}), for a merchant who wants an unpublished URL
 * in CCPayment's dashboard, and v2's at that path plus {@code /v2}. The built-in {@code
 * /webhooks/ccpayment} (and {@code /webhooks/ccpayment/v2}) keep working.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WebhookPathFilter extends HttpFilter {

  static final String RECEIVER = "/webhooks/ccpayment";

  @Inject
  @ConfigProperty(name = "paydesk.webhook.path")
  Optional<String> path;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String configured =
        path.map(String::trim).filter(p -> !p.isEmpty() && !p.equals(RECEIVER)).orElse(null);
    String requested = request.getRequestURI().substring(request.getContextPath().length());
    if (configured != null && "POST".equals(request.getMethod())) {
      if (requested.equals(configured)) {
        request.getRequestDispatcher(RECEIVER).forward(request, response);
        return;
      }
      if (requested.equals(configured + "/v2")) {
        request.getRequestDispatcher(RECEIVER + "/v2").forward(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
