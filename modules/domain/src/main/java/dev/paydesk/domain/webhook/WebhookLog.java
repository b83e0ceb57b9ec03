package dev.paydesk.domain.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.payment.PaymentReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every webhook received, accepted or not. */
public interface WebhookLog {

  /** Stores it; its id is set when this returns. */
  void add(ReceivedWebhook webhook);

  /**
   * Counts a verified webhook on the stored one whose body it repeats to the byte, or stores it as
   * a {@code DUPLICATE} when it repeats, to the letter, a payment already stored: one with its
   * record id and transaction key, in the status it reports, of the order it names (its gateway
   * merchant order id and, when it gives one, gateway order id). Such a webhook can change nothing,
   * so nothing is locked or loaded: deciding and storing are one statement.
   *
   * @return whether it was stored; if not, nothing was, and it is to be applied in full
   */
  boolean addIfRepeat(ReceivedWebhook webhook, PaymentReport report, String gatewayOrderId);

  List<ReceivedWebhook> findByRecordId(String recordId);

  Optional<ReceivedWebhook> find(long id);

  /** One page of the webhooks the search selects, newest first. */
  ResultPage<ReceivedWebhook> search(WebhookSearch search);

  /**
   * Deletes up to {@code limit} of the oldest webhooks received before {@code cutoff} whose outcome
   * is one of {@code outcomes}.
   *
   * @return how many were deleted
   */
  int purge(Instant cutoff, java.util.Set<ReceivedWebhook.Outcome> outcomes, int limit);

  /** How many webhooks received since {@code since} had each outcome. */
  Map<ReceivedWebhook.Outcome, Long> countByOutcome(Instant since);
}
