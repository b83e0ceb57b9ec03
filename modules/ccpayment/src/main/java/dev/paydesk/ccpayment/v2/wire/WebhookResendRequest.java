package dev.paydesk.ccpayment.v2.wire;

/**
 * v2's {@code webhook/resend}: a window of at most an hour (10-digit seconds) and which deliveries
 * ({@code Failed} or {@code AllResult}).
 */
public record WebhookResendRequest(long startTimestamp, long endTimestamp, String webhookResult) {}
