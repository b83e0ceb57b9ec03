package dev.paydesk.rest.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail. Extension members: {@code errors} (one per invalid field) and the
 * gateway's own {@code gatewayCode}/{@code gatewayMessage} when CCPayment refused.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    Integer gatewayCode,
    String gatewayMessage) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid request field. */
  public record FieldError(String field, String message) {}

  public static Problem of(ProblemType type, String title, int status, String detail) {
    return new Problem(type.uri(), title, status, detail, null, null, null);
  }

  /** An HTTP error with no type of its own ({@code urn:paydesk:problem:http-406}). */
  static Problem ofStatus(int status, String title, String detail) {
    return new Problem(ProblemType.ofStatus(status), title, status, detail, null, null, null);
  }
}
