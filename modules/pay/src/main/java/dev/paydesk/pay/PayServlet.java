package dev.paydesk.pay;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.payment.RescanService;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.payment.EventSource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /pay/{checkoutId}}: the address shops send buyers to. Hands the id to the Faces page,
 * which is not reachable by its own address (see the module's {@code web-fragment.xml}). {@code
 * POST /pay/{checkoutId}/rescan} with a {@code txid} is the buyer's "I already paid": CCPayment is
 * asked to look for the transaction and the page shows its answer.
 */
@WebServlet("/pay/*")
public class PayServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String CHECKOUT_ID = "dev.paydesk.pay.checkoutId";
  static final String RESCAN_ANSWER = "dev.paydesk.pay.rescanAnswer";
  static final String RESCAN_REFUSED = "dev.paydesk.pay.rescanRefused";
  static final String VIEW = "/pay-page/checkout.xhtml";
  private static final String RESCAN = "/rescan";

  @Inject transient RescanService rescans;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    // the address the rescan answered at is the page's too (its script re-reads the address shown)
    request.setAttribute(
        CHECKOUT_ID, id.endsWith(RESCAN) ? id.substring(0, id.length() - RESCAN.length()) : id);
    request.getRequestDispatcher(VIEW).forward(request, response);
  }

  /** The answer is the page itself, with CCPayment's answer or why nothing was asked. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    if (path == null || !path.endsWith(RESCAN)) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    // before the form is read, so that Faces finds it read in the page's encoding
    request.setCharacterEncoding("UTF-8");
    String id = path.substring(1, path.length() - RESCAN.length());
    Optional<CheckoutId> checkout = CheckoutId.parse(id);
    request.setAttribute(CHECKOUT_ID, id);
    if (checkout.isPresent()) {
      try {
        String answer =
            rescans.rescan(
                checkout.get(), request.getParameter("txid"), new Actor(EventSource.BUYER, null));
        request.setAttribute(RESCAN_ANSWER, answer);
      } catch (OrderRefusedException e) {
        request.setAttribute(RESCAN_REFUSED, e.refusal().name());
        response.setStatus(
            switch (e.refusal()) {
              case RESCAN_LIMIT -> 429;
              case UNKNOWN_ORDER -> HttpServletResponse.SC_NOT_FOUND;
              case NO_RESCAN -> HttpServletResponse.SC_CONFLICT;
              default -> HttpServletResponse.SC_BAD_REQUEST;
            });
      } catch (GatewayRejectedException | GatewayUnavailableException e) {
        request.setAttribute(RESCAN_REFUSED, "UNAVAILABLE");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    }
    request.getRequestDispatcher(VIEW).forward(request, response);
  }
}
