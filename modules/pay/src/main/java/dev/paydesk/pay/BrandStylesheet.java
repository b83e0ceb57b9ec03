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
    String css =
        ":root{--accent:" + branding.accent() + ";--on-accent:" + branding.onAccent() + "}\n";
    String tag = "\"" + Integer.toHexString(css.hashCode()) + "\"";
    // asked again on every page (the accent may change in the console), answered 304 while it holds
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("ETag", tag);
    if (tag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/css");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(css);
  }
}
