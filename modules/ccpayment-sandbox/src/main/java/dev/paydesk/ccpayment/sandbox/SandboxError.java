package dev.paydesk.ccpayment.sandbox;

/**
 * A business error the sandbox answers with: HTTP 200, a code other than 10000, no signature. The
 * codes are CCPayment's published (v2) codes; v1 publishes none beyond 10000.
 */
class SandboxError extends RuntimeException {

  static final int FAILED = 10001;
  static final int INVALID_ARGUMENT = 11000;
  static final int HEADER_INVALID_ARGUMENT = 11001;
  static final int INTERNAL = 11002;
  static final int NOT_FOUND = 11003;
  static final int RATE_LIMIT = 11004;
  static final int VERIFY_SIGN_FAILED = 11005;
  static final int REQUEST_EXPIRED = 11006;
  static final int RESEND_WINDOW_TOO_LONG = 11008;
  static final int QUERY_NUM_MAX = 11010;
  static final int ORDER_DUPLICATE = 11011;
  static final int EXPIRED_AT_TOO_MAX = 11012;
  static final int MERCHANT_NOT_FOUND = 12001;
  static final int INVALID_COIN = 13000;
  static final int INVALID_CHAIN = 13001;
  static final int ABNORMAL_COIN_STATUS = 13005;
  static final int CHAIN_STOP_DEPOSIT = 15003;

  private final int code;

  SandboxError(int code, String message) {
    super(message);
    this.code = code;
  }

  int code() {
    return code;
  }
}
