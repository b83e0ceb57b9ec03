package dev.paydesk.domain.gateway;

/** The gateway answered, and said no (a business error code). Nothing was created there. */
public class GatewayRejectedException extends RuntimeException {

  private final int code;
  private final String gatewayMessage;

  public GatewayRejectedException(int code, String gatewayMessage) {
    super("CCPayment rejected the request: " + code + " " + gatewayMessage);
    this.code = code;
    this.gatewayMessage = gatewayMessage;
  }

  public int code() {
    return code;
  }

  public String gatewayMessage() {
    return gatewayMessage;
  }
}
