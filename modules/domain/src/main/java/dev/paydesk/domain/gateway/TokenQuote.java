package dev.paydesk.domain.gateway;

import java.math.BigDecimal;

/**
 * What a USD price is in a token now, as the gateway quotes it ({@code token/rate}).
 *
 * @param tokenPrice one token's price in USD
 * @param amount the token amount the USD price buys, at the token's precision
 */
public record TokenQuote(BigDecimal tokenPrice, BigDecimal amount) {}
