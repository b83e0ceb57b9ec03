package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.CheckoutTerms;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * What a shop backend asks for. The rules are the domain's ({@link CheckoutTerms}), checked once
 * there.
 */
public record CreateCheckoutRequest(
    String merchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    Long validPeriodSeconds,
    String remark,
    String returnUrl) {

  /**
   * @param defaultValidPeriod the merchant's default, for a request that names none
   */
  CheckoutTerms toTerms(Duration defaultValidPeriod) {
    return new CheckoutTerms(
        merchantOrderId,
        price,
        currency,
        tokenId,
        validPeriodSeconds == null ? defaultValidPeriod : Duration.ofSeconds(validPeriodSeconds),
        remark,
        returnUrl);
  }
}
