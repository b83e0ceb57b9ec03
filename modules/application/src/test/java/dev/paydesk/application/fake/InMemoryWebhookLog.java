package dev.paydesk.application.fake;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.WebhookLog;
import dev.paydesk.domain.webhook.WebhookSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The webhook log in memory. */
public class InMemoryWebhookLog implements WebhookLog {

  private final List<ReceivedWebhook> all = new ArrayList<>();

  @Override
  public void add(ReceivedWebhook webhook) {
    all.add(webhook);
  }

  /** Knows no payments: every webhook is applied in full (the use cases decide alone). */
  @Override
  public boolean addIfRepeat(
      ReceivedWebhook webhook,
      dev.paydesk.domain.payment.PaymentReport report,
      String gatewayOrderId) {
    return false;
  }

  @Override
  public List<ReceivedWebhook> findByRecordId(String recordId) {
    return all.stream().filter(n -> n.recordId().filter(recordId::equals).isPresent()).toList();
  }

  @Override
  public Optional<ReceivedWebhook> find(long id) {
    return Optional.empty();
  }

  @Override
  public ResultPage<ReceivedWebhook> search(WebhookSearch search) {
    return new ResultPage<>(all, 0, Math.max(1, all.size()), all.size());
  }

  @Override
  public int purge(
      java.time.Instant cutoff, java.util.Set<ReceivedWebhook.Outcome> outcomes, int limit) {
    List<ReceivedWebhook> gone =
        all.stream()
            .filter(n -> n.receivedAt().isBefore(cutoff) && outcomes.contains(n.outcome()))
            .limit(limit)
            .toList();
    all.removeAll(gone);
    return gone.size();
  }

  @Override
  public java.util.Map<ReceivedWebhook.Outcome, Long> countByOutcome(java.time.Instant since) {
    java.util.Map<ReceivedWebhook.Outcome, Long> counts =
        new java.util.EnumMap<>(ReceivedWebhook.Outcome.class);
    all.stream()
        .filter(n -> !n.receivedAt().isBefore(since))
        .forEach(n -> counts.merge(n.outcome(), 1L, Long::sum));
    return counts;
  }
}
