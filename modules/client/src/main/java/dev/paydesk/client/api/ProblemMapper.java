package dev.paydesk.client.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every answer of 400 or more into a {@link PaydeskProblem}: from its problem+json when it
 * has one, else from the status (a proxy's error page, say).
 */
public class ProblemMapper implements ResponseExceptionMapper<PaydeskProblem> {

  private static final JsonProvider JSONP = JsonProvider.provider();

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public PaydeskProblem toThrowable(Response response) {
    Duration retryAfter = retryAfter(response.getHeaderString(HttpHeaders.RETRY_AFTER));
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    JsonObject problem = parse(body);
    int status = response.getStatus();
    if (problem == null || !problem.containsKey("type")) {
      String reason = response.getStatusInfo().getReasonPhrase();
      return new PaydeskProblem(
          PaydeskProblem.PREFIX + "http-" + status,
          reason == null ? "HTTP " + status : reason,
          status,
          body.isBlank() ? null : body.substring(0, Math.min(body.length(), 500)),
          List.of(),
          null,
          null,
          retryAfter);
    }
    List<PaydeskProblem.FieldError> errors = new ArrayList<>();
    if (problem.get("errors") instanceof jakarta.json.JsonArray array) {
      for (JsonObject e : array.getValuesAs(JsonObject.class)) {
        errors.add(new PaydeskProblem.FieldError(text(e, "field"), text(e, "message")));
      }
    }
    return new PaydeskProblem(
        text(problem, "type"),
        text(problem, "title"),
        problem.get("status") instanceof JsonNumber n ? n.intValue() : status,
        text(problem, "detail"),
        errors,
        problem.get("gatewayCode") instanceof JsonNumber n ? n.intValue() : null,
        text(problem, "gatewayMessage"),
        retryAfter);
  }

  private static JsonObject parse(String body) {
    try (var reader = JSONP.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o ? o : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static String text(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  /** Seconds ({@code Retry-After: 2}); an HTTP date is read as "soon" (1 s). */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException date) {
      return Duration.ofSeconds(1);
    }
  }
}
