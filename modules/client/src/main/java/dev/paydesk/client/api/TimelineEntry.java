package dev.paydesk.client.api;

import java.net.URI;
import java.time.Instant;

/**
 * One thing that happened to a checkout.
 *
 * @param webhookUrl the raw CCPayment webhook behind it, if one was
 * @param recordId CCPayment's id of the transaction it is about
 */
public record TimelineEntry(
    int entryNo,
    Instant at,
    String kind,
    String source,
    String fromStatus,
    String toStatus,
    String detail,
    Long webhookId,
    URI webhookUrl,
    String recordId,
    String actor) {}
