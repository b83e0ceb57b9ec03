package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.domain.order.InvalidCheckoutException.Violation;
import dev.paydesk.rest.json.StrictJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@link CreateCheckoutRequest} strictly ({@link StrictJson}), each field as the type it is
 * documented as: texts as JSON strings (a number for {@code merchantOrderId} is refused, not turned
 * into text), the price as a plain decimal in ASCII digits (string or number; no sign, exponent or
 * other digits), the period as a whole JSON number, and no field we do not know. What is wrong is
 * named field by field in one 422, like the domain's own rules.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CreateCheckoutReader implements MessageBodyReader<CreateCheckoutRequest> {

  /** Far above any valid request (the longest fields are 255 and 2000 characters). */
  static final int MAX_BYTES = 16 * 1024;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,12}");
  private static final Set<String> FIELDS =
      Set.of(
          "merchantOrderId",
          "price",
          "currency",
          "tokenId",
          "validPeriodSeconds",
          "remark",
          "returnUrl");

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == CreateCheckoutRequest.class;
  }

  @Override
  public CreateCheckoutRequest readFrom(
      Class<CreateCheckoutRequest> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    return of(StrictJson.readObject(entityStream, MAX_BYTES));
  }

  static CreateCheckoutRequest of(JsonObject body) {
    List<Violation> problems = new ArrayList<>();
    body.keySet().stream()
        .filter(k -> !FIELDS.contains(k))
        .sorted()
        .forEach(k -> problems.add(new Violation(k, "is not a field of a checkout request")));
    String currency = text(body, "currency", problems);
    if (currency != null && currency.isBlank()) {
      problems.add(new Violation("currency", "must not be empty; leave it out for USD"));
    }
    CreateCheckoutRequest request =
        new CreateCheckoutRequest(
            text(body, "merchantOrderId", problems),
            price(body, problems),
            currency,
            text(body, "tokenId", problems),
            wholeNumber(body, "validPeriodSeconds", problems),
            text(body, "remark", problems),
            text(body, "returnUrl", problems));
    if (!problems.isEmpty()) {
      throw new InvalidCheckoutException(problems);
    }
    return request;
  }

  private static String text(JsonObject body, String field, List<Violation> problems) {
    JsonValue value = body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    problems.add(new Violation(field, "must be a JSON string"));
    return null;
  }

  private static BigDecimal price(JsonObject body, List<Violation> problems) {
    JsonValue value = body.get("price");
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    String written =
        value instanceof JsonString s
            ? s.getString()
            : value instanceof JsonNumber n ? n.toString() : null;
    if (written == null || !PLAIN_DECIMAL.matcher(written).matches()) {
      problems.add(
          new Violation(
              "price", "must be a plain decimal such as \"19.99\" (digits 0-9 and one point)"));
      return null;
    }
    return new BigDecimal(written);
  }

  private static Long wholeNumber(JsonObject body, String field, List<Violation> problems) {
    JsonValue value = body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && WHOLE.matcher(n.toString()).matches()) {
      return n.longValue();
    }
    problems.add(new Violation(field, "must be a whole JSON number of seconds, such as 3600"));
    return null;
  }
}
