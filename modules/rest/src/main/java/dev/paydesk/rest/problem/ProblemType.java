package dev.paydesk.rest.problem;

import java.util.Locale;

/**
 * Every problem type Paydesk answers with, in one place: a shop may branch on the type (a URN that
 * never changes once published), never on the title or detail text.
 */
public enum ProblemType {
  // the request itself
  BAD_REQUEST,
  INVALID_REQUEST,
  INVALID_QUERY,
  MALFORMED_BODY,
  BODY_TOO_LARGE,
  URI_TOO_LONG,
  UNSUPPORTED_MEDIA_TYPE,
  METHOD_NOT_ALLOWED,
  INVALID_IDEMPOTENCY_KEY,
  IDEMPOTENCY_KEY_REUSED,
  // who asks
  UNAUTHORIZED,
  FORBIDDEN,
  TOO_MANY_STREAMS,
  // what was asked for
  NOT_FOUND,
  CHECKOUT_NOT_FOUND,
  SHOP_EVENT_NOT_FOUND,
  WEBHOOK_NOT_FOUND,
  MERCHANT_ORDER_ID_TAKEN,
  CHECKOUT_IN_PROGRESS,
  NOT_PAYABLE,
  AS_OF_SANDBOX_ONLY,
  AS_OF_OUT_OF_RANGE,
  // refunds (one per refusal of the rules)
  REFUND_NOT_FOUND,
  REFUND_INVALID_AMOUNT,
  REFUND_MORE_THAN_REFUNDABLE,
  REFUND_INVALID_DESTINATION,
  REFUND_WRONG_STATE,
  REFUND_NOT_AN_APPROVER,
  // CCPayment
  GATEWAY_UNAVAILABLE,
  GATEWAY_BAD_ANSWER,
  GATEWAY_REJECTED,
  // Paydesk itself
  INTERNAL,
  SERVER_ERROR,
  UNAVAILABLE;

  static final String PREFIX = "urn:paydesk:problem:";

  /** The type's URN, e.g. {@code urn:paydesk:problem:checkout-not-found}. */
  public String uri() {
    return PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type of an HTTP error that has no type of its own, e.g. {@code …:http-406}. */
  static String ofStatus(int status) {
    return PREFIX + "http-" + status;
  }
}
