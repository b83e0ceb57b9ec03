package dev.paydesk.application.checkout;

/** An identical request is still waiting for the gateway; the retry should come a little later. */
public class CheckoutInProgressException extends RuntimeException {
  public CheckoutInProgressException(String merchantOrderId) {
    super(
        "the checkout for merchant order id '"
            + merchantOrderId
            + "' is still being created; retry shortly");
  }
}
