package dev.paydesk.ccpayment.sandbox;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's failures as problem details, like the shop API's (the sandbox shares no code with
 * it): a body that is not JSON is a 400 saying so, not the server's HTML exception report.
 */
@Provider
public class SandboxProblemMapper implements ExceptionMapper<Exception> {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  private static final Logger LOG = Logger.getLogger(SandboxProblemMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    int status;
    String title;
    if (exception instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      status = e.getResponse().getStatus();
      title = status == 400 ? "The request body is not valid JSON for this call" : "HTTP " + status;
    } else if (exception instanceof jakarta.ws.rs.ProcessingException
        || exception instanceof jakarta.json.bind.JsonbException
        || exception instanceof jakarta.json.JsonException) {
      status = 400;
      title = "The request body is not valid JSON for this call";
    } else {
      LOG.log(Level.SEVERE, "Sandbox failure", exception);
      status = 500;
      title = "Sandbox error";
    }
    return Response.status(status)
        .type("application/problem+json")
        .entity(
            JSONP
                .createObjectBuilder()
                .add("type", "urn:paydesk:problem:sandbox-" + status)
                .add("title", title)
                .add("status", status)
                .build()
                .toString())
        .build();
  }
}
