package dev.paydesk.client.api;

import java.math.BigDecimal;

/**
 * What a USD price is in a token now; a checkout's own amount is fixed by CCPayment when it is
 * made.
 *
 * @param tokenPrice one token's price in {@code currency}
 * @param amount the price in the token
 */
public record Quote(
    String tokenId, BigDecimal price, String currency, BigDecimal tokenPrice, BigDecimal amount) {}
