package dev.paydesk.application.checkout;

/** The Idempotency-Key was used before for a checkout with other terms. */
public class IdempotencyKeyReusedException extends RuntimeException {
  public IdempotencyKeyReusedException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a checkout with other terms");
  }
}
