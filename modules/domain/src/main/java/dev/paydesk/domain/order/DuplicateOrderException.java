package dev.paydesk.domain.order;

/**
 * An order could not be stored because another one already holds its public id, merchant order id
 * or idempotency key: usually two identical requests racing, one of which has just committed.
 */
public class DuplicateOrderException extends RuntimeException {

  public DuplicateOrderException(String message, Throwable cause) {
    super(message, cause);
  }
}
