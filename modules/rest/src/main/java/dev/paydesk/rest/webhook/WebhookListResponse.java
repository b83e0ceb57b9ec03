package dev.paydesk.rest.webhook;

import java.net.URI;
import java.util.List;

/** One page of a webhook-log search, newest first; {@code next} is absent on the last page. */
public record WebhookListResponse(
    List<WebhookResponse> items, int page, int size, long total, URI next) {}
