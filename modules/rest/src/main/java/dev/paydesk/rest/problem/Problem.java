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

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem("urn:paydesk:problem:" + slug, title, status, detail, null, null, null);
  }
}
