package dev.paydesk.application.payment;

/**
 * Which order a webhook is about, in the gateway's terms.
 *
 * @param gatewayMerchantOrderId {@code extend.merchant_order_id}: the id Paydesk sent for the
 *     attempt
 * @param gatewayOrderId the gateway's own {@code order_id}, the fallback
 */
public record WebhookTarget(String gatewayMerchantOrderId, String gatewayOrderId) {}
