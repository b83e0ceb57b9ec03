package dev.paydesk.application.checkout;

/** Another checkout already carries this merchant order id (under another Idempotency-Key). */
public class MerchantOrderIdTakenException extends RuntimeException {
  public MerchantOrderIdTakenException(String merchantOrderId) {
    super("merchant order id '" + merchantOrderId + "' already has a checkout");
  }
}
