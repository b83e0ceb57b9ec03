package dev.paydesk.domain.gateway;

/**
 * No trustworthy answer from the gateway: unreachable, timed out, an HTTP error, an unparsable
 * body, or a response whose signature does not verify. Whether a create request took effect is
 * unknown.
 */
public class GatewayUnavailableException extends RuntimeException {

  /**
   * Why, in the terms a problem response can show: the gateway did not answer, or answered badly.
   */
  public enum Reason {
    UNREACHABLE,
    BAD_ANSWER
  }

  private final Reason reason;

  public GatewayUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public GatewayUnavailableException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
