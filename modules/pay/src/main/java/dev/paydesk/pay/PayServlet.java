package dev.paydesk.pay;

import dev.paydesk.application.order.Actor;
import dev.paydesk.application.payment.RescanService;
import dev.paydesk.application.refund.RefundFlow;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
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
  static final String REFUND_VIEW = "/pay-page/refund.xhtml";
  static final String PAGE_PATH = "dev.paydesk.pay.pagePath";
  static final String REFUND_TOKEN = "dev.paydesk.pay.refundToken";
  static final String REFUND_OUTCOME = "dev.paydesk.pay.refundOutcome";
  private static final String RESCAN = "/rescan";
  private static final String REFUND = "/refund/";

  @Inject transient RefundFlow refunds;

  @Inject transient dev.paydesk.application.refund.RefundService refundReads;

  @Inject transient RescanService rescans;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    if (path != null && path.contains(REFUND)) {
      refundPage(request, response, path, false);
      return;
    }
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
    if (path != null && path.contains(REFUND)) {
      request.setCharacterEncoding("UTF-8");
      refundPage(request, response, path, true);
      return;
    }
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

  /**
   * {@code /pay/{checkoutId}/refund/{token}}: the buyer's refund link. {@code GET} shows the form,
   * {@code POST} takes the address (checked with CCPayment) and sends the refund when no approval
   * is needed; the page then says what became of it.
   */
  private void refundPage(
      HttpServletRequest request, HttpServletResponse response, String path, boolean posted)
      throws ServletException, IOException {
    int at = path.indexOf(REFUND);
    String id = path.substring(1, at);
    String token = path.substring(at + REFUND.length());
    request.setAttribute(CHECKOUT_ID, id);
    request.setAttribute(REFUND_TOKEN, token);
    request.setAttribute(PAGE_PATH, "/pay/" + id + REFUND + token);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    Optional<CheckoutId> checkout = CheckoutId.parse(id);
    if (posted && checkout.isPresent()) {
      request.setAttribute(REFUND_OUTCOME, give(request, response, checkout.get(), token));
    }
    request.getRequestDispatcher(REFUND_VIEW).forward(request, response);
  }

  /** Takes the buyer's address; the outcome's word names the page's message. */
  private String give(
      HttpServletRequest request, HttpServletResponse response, CheckoutId checkout, String token) {
    if (request.getParameter("confirm") == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "confirm-missing";
    }
    Optional<dev.paydesk.application.refund.RefundView> refund =
        refundReads.openLink(checkout, token);
    if (refund.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return "gone";
    }
    try {
      // back on the chain the money came on
      refunds.giveDestinationByLink(
          checkout,
          token,
          new RefundDestination.ChainAddress(
              refund.get().chain(), request.getParameter("address"), request.getParameter("memo")));
      return "given";
    } catch (RefundRefusedException e) {
      response.setStatus(
          e.refusal() == RefundRefusedException.Refusal.WRONG_STATE
              ? HttpServletResponse.SC_CONFLICT
              : HttpServletResponse.SC_BAD_REQUEST);
      return e.refusal() == RefundRefusedException.Refusal.WRONG_STATE ? "gone" : "invalid-address";
    } catch (GatewayUnavailableException | GatewayRejectedException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return "unavailable";
    }
  }
}
