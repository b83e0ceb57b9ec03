package dev.paydesk.domain.gateway;

import java.util.List;

/** What the gateway knows of one order: its own status word and the payments it received. */
public record GatewayOrderStatus(
    String gatewayMerchantOrderId, String status, List<GatewayTrade> trades) {}
