package dev.paydesk.domain.gateway;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the gateway received for an order, as its order query reports it (txid, no record id).
 */
public record GatewayTrade(String txid, BigDecimal amount, Instant paidAt) {}
