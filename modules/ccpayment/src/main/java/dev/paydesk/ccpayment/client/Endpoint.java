package dev.paydesk.ccpayment.client;

import jakarta.ws.rs.core.Response;

/**
 * The CCPayment v1 endpoints Paydesk calls, each with the {@link CcPaymentApi} method that sends
 * it.
 */
public enum Endpoint {
  BILL_CREATE("bill/create", CcPaymentApi::billCreate),
  BILL_INFO("bill/info", CcPaymentApi::billInfo),
  COIN_ALL("coin/all", CcPaymentApi::coinAll),
  TOKEN_RATE("token/rate", CcPaymentApi::tokenRate),
  WEBHOOK_RESEND("webhook/resend", CcPaymentApi::webhookResend);

  /** Sends a signed body to one endpoint. */
  @FunctionalInterface
  interface Sender {
    Response send(CcPaymentApi api, String appId, String timestamp, String sign, byte[] body);
  }

  private final String path;
  private final Sender sender;

  Endpoint(String path, Sender sender) {
    this.path = path;
    this.sender = sender;
  }

  public String path() {
    return path;
  }

  Response send(CcPaymentApi api, String appId, String timestamp, String sign, byte[] body) {
    return sender.send(api, appId, timestamp, sign, body);
  }
}
