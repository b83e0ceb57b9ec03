package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayApi;
import java.util.Optional;

/**
 * The order's current call to the gateway: its number, the API version it uses, the gateway
 * merchant order id it goes under, and what the gateway made of it (its own order id, or why it
 * failed). Immutable; part of its order (stored in its row).
 *
 * <p>Each attempt has its own gateway merchant order id: CCPayment v1 cannot tell us the pay
 * address of an order made by an attempt whose answer we lost ({@code bill/info} has no address),
 * so a retry never reuses an id that may already exist there.
 *
 * <p>The version is chosen when the attempt starts: an order made with v1 stays on v1 after the
 * install switched to v2 (its webhooks, reconciliation and expiry stay on v1); a retry after a
 * failure starts on the version new orders use.
 */
public final class GatewayAttempt {

  /** Longest failure reason kept. */
  static final int MAX_ERROR = 500;

  private int number;
  private GatewayApi api;
  private String gatewayMerchantOrderId;
  private String gatewayOrderId;
  private String error;

  protected GatewayAttempt() {
    // for the persistence mapping
  }

  private GatewayAttempt(
      int number,
      GatewayApi api,
      String gatewayMerchantOrderId,
      String gatewayOrderId,
      String error) {
    this.number = number;
    this.api = api;
    this.gatewayMerchantOrderId = gatewayMerchantOrderId;
    this.gatewayOrderId = gatewayOrderId;
    this.error = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }

  /** The first attempt goes under the shop's own order id. */
  static GatewayAttempt first(String merchantOrderId, GatewayApi api) {
    return new GatewayAttempt(1, api, merchantOrderId, null, null);
  }

  /** The next attempt, on {@code api}, under {@code merchantOrderId} with its number appended. */
  GatewayAttempt next(String merchantOrderId, GatewayApi api) {
    int next = number + 1;
    return new GatewayAttempt(
        next, api, merchantOrderId + CheckoutTerms.RETRY_SEPARATOR + next, null, null);
  }

  /** This attempt made the gateway's order ({@code gatewayOrderId} null: v2 names none). */
  GatewayAttempt made(String gatewayOrderId) {
    return new GatewayAttempt(number, api, gatewayMerchantOrderId, gatewayOrderId, null);
  }

  /** This attempt failed, for {@code reason} (cut to {@value #MAX_ERROR} characters). */
  GatewayAttempt failed(String reason) {
    return new GatewayAttempt(number, api, gatewayMerchantOrderId, null, reason);
  }

  /** 1 for the first call, one more for each retry. */
  public int number() {
    return number;
  }

  /** The API version this attempt uses, and the order with it. */
  public GatewayApi api() {
    return api;
  }

  public String gatewayMerchantOrderId() {
    return gatewayMerchantOrderId;
  }

  /** The gateway's own id for the order; empty until the gateway made it, and always in v2. */
  public Optional<String> gatewayOrderId() {
    return Optional.ofNullable(gatewayOrderId);
  }

  /** Why the attempt failed, if it did. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
