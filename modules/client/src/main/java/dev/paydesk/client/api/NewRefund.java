package dev.paydesk.client.api;

import java.math.BigDecimal;

/**
 * A refund to ask for.
 *
 * @param amount in the checkout's crypto; at most what was credited and not refunded yet
 * @param reason OVERPAYMENT, LATE_PAYMENT, CANCELLED_ORDER or FULL_REFUND
 * @param destination null: the buyer gives it by {@link PaydeskApi#refundBuyerLink}
 * @param feePaidBy MERCHANT (default) or BUYER
 */
public record NewRefund(
    BigDecimal amount, String reason, Refund.Destination destination, String feePaidBy) {}
