package dev.paydesk.client.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Paydesk refused a call: its {@code application/problem+json} answer (RFC 9457), typed. Compare
 * {@link #type()} with the constants here rather than the title, which is for people.
 */
public class PaydeskProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final String PREFIX = "urn:paydesk:problem:";
  public static final String INVALID_REQUEST = PREFIX + "invalid-request";
  public static final String CHECKOUT_NOT_FOUND = PREFIX + "checkout-not-found";
  public static final String CHECKOUT_IN_PROGRESS = PREFIX + "checkout-in-progress";
  public static final String MERCHANT_ORDER_ID_TAKEN = PREFIX + "merchant-order-id-taken";
  public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
  public static final String GATEWAY_UNAVAILABLE = PREFIX + "gateway-unavailable";
  public static final String UNAUTHORIZED = PREFIX + "unauthorized";

  /** One invalid field of the request. */
  public record FieldError(String field, String message) {}

  private final String type;
  private final String title;
  private final int status;
  private final String detail;
  private final List<FieldError> errors;
  private final Integer gatewayCode;
  private final String gatewayMessage;
  private final Duration retryAfter;

  public PaydeskProblem(
      String type,
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      Integer gatewayCode,
      String gatewayMessage,
      Duration retryAfter) {
    super(status + " " + title + (detail == null ? "" : ": " + detail) + " (" + type + ")");
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.gatewayCode = gatewayCode;
    this.gatewayMessage = gatewayMessage;
    this.retryAfter = retryAfter;
  }

  /** A URI such as {@code urn:paydesk:problem:checkout-not-found}: one per rule. */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  /** One per invalid field ({@code invalid-request}); empty otherwise. */
  public List<FieldError> errors() {
    return errors;
  }

  /** CCPayment's own code when it refused. */
  public Optional<Integer> gatewayCode() {
    return Optional.ofNullable(gatewayCode);
  }

  public Optional<String> gatewayMessage() {
    return Optional.ofNullable(gatewayMessage);
  }

  /** When to try again, as the answer's {@code Retry-After} says (409 in progress, 429, 503). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whether the same call, sent again after {@link #retryAfter()}, may succeed. */
  public boolean retryable() {
    return retryAfter != null
        && (type.equals(CHECKOUT_IN_PROGRESS) || status == 429 || status == 503);
  }
}
