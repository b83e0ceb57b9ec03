package dev.paydesk.ccpayment.v2.wire;

/** v2's {@code webhook/resend} answer: how many webhooks it will send. */
public record WebhookResendData(Long resendCount) {}
