package dev.paydesk.application.payment;

import java.time.Instant;

/**
 * Reads a stored, verified webhook's body again (the gateway adapter knows its format): how an
 * orphan is applied once its order exists.
 */
public interface WebhookReader {

  WebhookContent read(String body, Instant receivedAt);
}
