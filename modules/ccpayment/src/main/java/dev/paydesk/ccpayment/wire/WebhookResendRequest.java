package dev.paydesk.ccpayment.wire;

/**
 * v1's {@code webhook/resend}: a window of at most an hour (10-digit seconds) and which deliveries
 * ({@code Failed} or {@code All Result}).
 */
public record WebhookResendRequest(long startTimestamp, long endTimestamp, String webhookResult) {}
