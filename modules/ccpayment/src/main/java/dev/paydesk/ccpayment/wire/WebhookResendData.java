package dev.paydesk.ccpayment.wire;

/**
 * v1's {@code webhook/resend} answer. v1's documentation does not show its fields; the count is
 * read where v2 (and the sandbox) put it and is unknown (null) otherwise.
 */
public record WebhookResendData(Integer resendCount) {}
