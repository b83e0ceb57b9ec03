package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.CheckoutTerms;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a shop backend asks for. The rules are the domain's ({@link CheckoutTerms}), checked once
 * there.
 */
@Schema(description = "A checkout to create")
public record CreateCheckoutRequest(
    @Schema(
            required = true,
            description = "The shop's own order id, unique per checkout",
            example = "A-1001")
        String merchantOrderId,
    @Schema(
            required = true,
            description =
                "Price, > 0: at most 2 decimals, or the token's decimals when currency is TOKEN",
            example = "19.99")
        BigDecimal price,
    @Schema(
            description =
                "Pricing currency (ISO 4217), or TOKEN to price in the token itself (the crypto"
                    + " amount due is then the price)",
            defaultValue = "USD")
        String currency,
    @Schema(required = true, description = "Token to pay in, from GET /api/v1/tokens")
        String tokenId,
    @Schema(
            description =
                "Seconds the pay address is offered (60 to 864000; 7200 for Lightning); without"
                    + " it, the merchant's default validity (86400 unless changed in the console)",
            defaultValue = "86400")
        Long validPeriodSeconds,
    @Schema(description = "Free text shown at CCPayment", maxLength = 255) String remark,
    @Schema(
            description =
                "Where the checkout page (checkoutUrl) sends the buyer back to the shop: an"
                    + " absolute http or https URL",
            maxLength = 2000,
            example = "https://shop.example/orders/A-1001")
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
