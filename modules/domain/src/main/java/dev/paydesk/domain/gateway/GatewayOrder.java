package dev.paydesk.domain.gateway;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the gateway assigned to a payment order: where and how much the buyer pays.
 *
 * @param memo memo/tag the buyer must add on memo chains; null elsewhere
 */
public record GatewayOrder(
    String gatewayOrderId,
    BigDecimal cryptoAmount,
    String crypto,
    String network,
    String payAddress,
    String memo,
    String logo,
    Duration validPeriod) {}
