package dev.paydesk.application.webhook;

import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the webhook log bounded: webhooks that changed nothing (duplicates, ignored, rejected) go
 * once older than the retention, in batches, each batch its own transaction. What changed an order
 * (applied, referenced by its timeline) and orphans (money waiting for a person) stay.
 */
@ApplicationScoped
public class WebhookRetentionService {

  static final int BATCH = 1000;
  static final Set<Outcome> PRUNED =
      EnumSet.of(Outcome.DUPLICATE, Outcome.IGNORED, Outcome.REJECTED);

  private WebhookLog log;
  private RetentionSettings settings;

  protected WebhookRetentionService() {
    // for CDI proxies
  }

  @Inject
  public WebhookRetentionService(WebhookLog log, RetentionSettings settings) {
    this.log = log;
    this.settings = settings;
  }

  /** Deletes one batch of what is past the retention at {@code now}; how many went. */
  @Transactional
  public int pruneBatch(Instant now) {
    return log.purge(now.minus(settings.retention()), PRUNED, BATCH);
  }

  /** Whether a batch that deleted this many means more may be waiting. */
  public static boolean more(int deleted) {
    return deleted == BATCH;
  }
}
