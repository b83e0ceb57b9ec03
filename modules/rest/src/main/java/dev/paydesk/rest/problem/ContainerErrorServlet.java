package dev.paydesk.rest.problem;

import dev.paydesk.application.audit.AuditText;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The WAR's error page ({@code <error-page>} in {@code web.xml}): what the web container itself
 * answers inside {@code /paydesk} — an unknown path, a method a static resource does not take, an
 * exception outside JAX-RS — becomes a problem with the same status instead of Payara's HTML page.
 * A browser that asks for HTML gets a plain page saying the same. Nothing about the server, its
 * version or a stack trace is shown.
 */
@WebServlet(name = "ContainerError", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

  public static final String PATH = "/error";
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(ContainerErrorServlet.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  /** The container's errors Paydesk names: each status with its problem type and title. */
  private record Known(ProblemType type, String title) {}

  private static final Map<Integer, Known> KNOWN =
      Map.of(
          400, new Known(ProblemType.BAD_REQUEST, "Bad request"),
          401, new Known(ProblemType.UNAUTHORIZED, "Not signed in"),
          403, new Known(ProblemType.FORBIDDEN, "Forbidden"),
          404, new Known(ProblemType.NOT_FOUND, "Not found"),
          405, new Known(ProblemType.METHOD_NOT_ALLOWED, "Method not allowed"),
          413, new Known(ProblemType.BODY_TOO_LARGE, "Request body too large"),
          414, new Known(ProblemType.URI_TOO_LONG, "Address too long"),
          415, new Known(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
          500, new Known(ProblemType.SERVER_ERROR, "Something went wrong on our side"),
          503, new Known(ProblemType.UNAVAILABLE, "Not available right now"));

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    // asked for directly, this address is just another unknown one
    int status = code instanceof Integer c && c >= 400 ? c : 404;
    if (refused(failure)) {
      // a page bean refused an action the user's role does not allow (a forged post): that is a
      // 403, not a failure of ours
      status = 403;
    } else if (failure != null) {
      status = 500;
      LOG.log(
          System.Logger.Level.ERROR,
          "Request to "
              + AuditText.of((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
              + " failed",
          failure);
    }
    Known known = KNOWN.get(status);
    String title = known == null ? "Request failed" : known.title();
    String detail =
        switch (status) {
          case 404 -> "Nothing is at this address.";
          case 405 -> "This address does not take " + request.getMethod() + ".";
          case 403 -> "You may not do this.";
          case 500 -> "The request could not be completed; nothing about it was kept half-done.";
          default -> title + ".";
        };
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(status);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsHtml(request) || console(request)) {
      response.setContentType("text/html");
      response.setHeader("Content-Security-Policy", "default-src 'none'");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                  + title
                  + " · Paydesk</title></head><body><h1>"
                  + title
                  + "</h1><p>"
                  + detail.replace("<", "&lt;")
                  + "</p></body></html>");
      return;
    }
    response.setContentType(Problem.MEDIA_TYPE);
    Problem problem =
        known == null
            ? Problem.ofStatus(status, title, detail)
            : Problem.of(known.type(), title, status, detail);
    response.getWriter().write(JSON.toJson(problem));
  }

  private static boolean refused(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SecurityException) {
        return true;
      }
    }
    return false;
  }

  /** The console is a set of pages: its errors are pages too, whatever the request accepts. */
  private static boolean console(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.toString().startsWith(request.getContextPath() + "/console/");
  }

  private static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
