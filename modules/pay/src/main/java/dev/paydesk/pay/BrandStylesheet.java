package dev.paydesk.pay;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The shop's accent colour as a stylesheet: the page's policy allows no inline style, so the
 * colours come from this server like the rest of the page's look.
 */
@WebServlet("/pay-assets/brand.css")
public class BrandStylesheet extends HttpServlet {

  @Inject PageBranding branding;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/css");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "max-age=300");
    response
        .getWriter()
        .write(
            ":root{--accent:" + branding.accent() + ";--on-accent:" + branding.onAccent() + "}\n");
  }
}
