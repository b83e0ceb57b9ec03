package dev.paydesk.client.api;

import java.math.BigDecimal;

/**
 * A checkout to create. {@code currency} null means USD; {@code validPeriodSeconds} null means the
 * merchant's default; the others may be null.
 *
 * @param merchantOrderId the shop's own order id, unique per checkout
 * @param price at most 2 decimals, or the token's decimals when {@code currency} is {@code TOKEN}
 * @param tokenId the token to pay in, from {@link PaydeskApi#tokens()}
 * @param returnUrl where the checkout page sends the buyer back to the shop
 */
public record NewCheckout(
    String merchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    Long validPeriodSeconds,
    String remark,
    String returnUrl) {

  /**
   * A checkout of {@code price} in {@code currency} (ISO 4217, or TOKEN), paid in {@code tokenId}.
   */
  public static NewCheckout of(
      String merchantOrderId, BigDecimal price, String currency, String tokenId) {
    return new NewCheckout(merchantOrderId, price, currency, tokenId, null, null, null);
  }

  public NewCheckout returningTo(String url) {
    return new NewCheckout(
        merchantOrderId, price, currency, tokenId, validPeriodSeconds, remark, url);
  }

  public NewCheckout validFor(long seconds) {
    return new NewCheckout(merchantOrderId, price, currency, tokenId, seconds, remark, returnUrl);
  }

  public NewCheckout withRemark(String text) {
    return new NewCheckout(
        merchantOrderId, price, currency, tokenId, validPeriodSeconds, text, returnUrl);
  }
}
