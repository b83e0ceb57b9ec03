package dev.paydesk.domain.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.payment.PaymentReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every notification received, accepted or not. */
public interface NotificationLog {

  /** Stores it; its id is set when this returns. */
  void add(ReceivedNotification notification);

  /**
   * Counts a verified notification on the stored one whose body it repeats to the byte, or stores
   * it as a {@code DUPLICATE} when it repeats, to the letter, a payment already stored: one with
   * its record id and transaction key, in the status it reports, of the order it names (its gateway
   * merchant order id and, when it gives one, gateway order id). Such a notification can change
   * nothing, so nothing is locked or loaded: deciding and storing are one statement.
   *
   * @return whether it was stored; if not, nothing was, and it is to be applied in full
   */
  boolean addIfRepeat(
      ReceivedNotification notification, PaymentReport report, String gatewayOrderId);

  List<ReceivedNotification> findByRecordId(String recordId);

  Optional<ReceivedNotification> find(long id);

  /** One page of the notifications the search selects, newest first. */
  ResultPage<ReceivedNotification> search(NotificationSearch search);

  /**
   * Deletes up to {@code limit} of the oldest notifications received before {@code cutoff} whose
   * outcome is one of {@code outcomes}.
   *
   * @return how many were deleted
   */
  int purge(Instant cutoff, java.util.Set<ReceivedNotification.Outcome> outcomes, int limit);

  /** How many notifications received since {@code since} had each outcome. */
  Map<ReceivedNotification.Outcome, Long> countByOutcome(Instant since);
}
