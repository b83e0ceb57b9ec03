package dev.paydesk.console.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.order.OrderSearch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /console/orders.csv?status=…&q=…}: the filtered order list as CSV, written a page at a
 * time in the order the orders were made, each page read after the last one's row (no offset, no
 * count, a transaction each), so a million orders stream at an even pace in flat memory; orders
 * made meanwhile come at the end. Cells a spreadsheet would run as a formula are quoted as text.
 */
@WebServlet(urlPatterns = "/console/orders.csv")
public class OrdersCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final List<String> HEADER =
      List.of(
          "checkout_id",
          "merchant_order_id",
          "status",
          "price",
          "currency",
          "token_id",
          "crypto",
          "network",
          "crypto_amount",
          "amount_paid",
          "pay_address",
          "ccpayment_order_id",
          "created_at",
          "updated_at");

  @Inject transient OrderReadService reads;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"paydesk-orders.csv\"");
    PrintWriter out = response.getWriter();
    out.print(line(HEADER.stream()));
    OrderSearch filter =
        OrdersPage.filter(
            request.getParameter("status"),
            request.getParameter("q"),
            request.getParameter("token"),
            request.getParameter("from"),
            request.getParameter("to"),
            request.getParameter("review"));
    dev.paydesk.application.order.ExportPage page =
        reads.exportPage(filter, 0, OrderSearch.MAX_SIZE);
    while (true) {
      page.items().forEach(c -> out.print(line(cells(c))));
      out.flush();
      if (!page.more()) {
        break;
      }
      page = reads.exportPage(filter, page.next(), OrderSearch.MAX_SIZE);
    }
  }

  static Stream<String> cells(CheckoutView c) {
    return Stream.of(
        c.id(),
        c.merchantOrderId(),
        c.status().name(),
        c.price().toPlainString(),
        c.currency(),
        c.tokenId(),
        c.crypto(),
        c.network(),
        plain(c.cryptoAmount()),
        plain(c.amountPaid()),
        c.payAddress(),
        c.gatewayOrderId(),
        instant(c.createdAt()),
        instant(c.updatedAt()));
  }

  static String line(Stream<String> cells) {
    return cells.map(OrdersCsvServlet::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would see a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
