package dev.paydesk.rest.webhook;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a webhook-log search, newest first; {@code next} is absent on the last page. */
@Schema(description = "One page of received webhooks")
public record WebhookListResponse(
    List<WebhookResponse> items, int page, int size, long total, URI next) {}
