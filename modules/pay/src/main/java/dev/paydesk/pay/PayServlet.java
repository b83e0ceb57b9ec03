package dev.paydesk.pay;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /pay/{checkoutId}}: the address shops send buyers to. Hands the id to the Faces page,
 * which is not reachable by its own address (see the module's {@code web-fragment.xml}).
 */
@WebServlet("/pay/*")
public class PayServlet extends HttpServlet {

  static final String CHECKOUT_ID = "dev.paydesk.pay.checkoutId";
  static final String VIEW = "/pay-page/checkout.xhtml";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    request.setAttribute(CHECKOUT_ID, path == null ? "" : path.substring(1));
    request.getRequestDispatcher(VIEW).forward(request, response);
  }
}
