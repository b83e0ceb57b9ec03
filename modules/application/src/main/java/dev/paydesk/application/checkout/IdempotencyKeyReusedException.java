package dev.paydesk.application.checkout;

/** The Idempotency-Key was used before for another request (a checkout with other terms). */
public class IdempotencyKeyReusedException extends RuntimeException {
  public IdempotencyKeyReusedException(String key) {
    this(key, "a checkout with other terms");
  }

  /** The key was used before for {@code usedFor} (a refund of another amount). */
  public IdempotencyKeyReusedException(String key, String usedFor) {
    super("Idempotency-Key '" + key + "' was already used for " + usedFor);
  }
}
