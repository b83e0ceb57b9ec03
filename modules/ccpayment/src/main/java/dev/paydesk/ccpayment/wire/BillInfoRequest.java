package dev.paydesk.ccpayment.wire;

import java.util.List;

/**
 * {@code bill/info} request: up to 100 merchant order ids ({@link
 * dev.paydesk.domain.gateway.PaymentGateway#MAX_ORDER_QUERY}).
 */
public record BillInfoRequest(List<String> merchantOrderIds) {}
