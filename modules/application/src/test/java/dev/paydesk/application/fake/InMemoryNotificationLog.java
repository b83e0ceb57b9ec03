package dev.paydesk.application.fake;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.NotificationLog;
import dev.paydesk.domain.webhook.NotificationSearch;
import dev.paydesk.domain.webhook.ReceivedNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The webhook log in memory. */
public class InMemoryNotificationLog implements NotificationLog {

  private final List<ReceivedNotification> all = new ArrayList<>();

  @Override
  public void add(ReceivedNotification notification) {
    all.add(notification);
  }

  /** Knows no payments: every notification is applied in full (the use cases decide alone). */
  @Override
  public boolean addIfRepeat(
      ReceivedNotification notification,
      dev.paydesk.domain.payment.PaymentReport report,
      String gatewayOrderId) {
    return false;
  }

  @Override
  public List<ReceivedNotification> findByRecordId(String recordId) {
    return all.stream().filter(n -> n.recordId().filter(recordId::equals).isPresent()).toList();
  }

  @Override
  public Optional<ReceivedNotification> find(long id) {
    return Optional.empty();
  }

  @Override
  public ResultPage<ReceivedNotification> search(NotificationSearch search) {
    return new ResultPage<>(all, 0, Math.max(1, all.size()), all.size());
  }

  @Override
  public int purge(
      java.time.Instant cutoff, java.util.Set<ReceivedNotification.Outcome> outcomes, int limit) {
    List<ReceivedNotification> gone =
        all.stream()
            .filter(n -> n.receivedAt().isBefore(cutoff) && outcomes.contains(n.outcome()))
            .limit(limit)
            .toList();
    all.removeAll(gone);
    return gone.size();
  }

  @Override
  public java.util.Map<ReceivedNotification.Outcome, Long> countByOutcome(java.time.Instant since) {
    java.util.Map<ReceivedNotification.Outcome, Long> counts =
        new java.util.EnumMap<>(ReceivedNotification.Outcome.class);
    all.stream()
        .filter(n -> !n.receivedAt().isBefore(since))
        .forEach(n -> counts.merge(n.outcome(), 1L, Long::sum));
    return counts;
  }
}
