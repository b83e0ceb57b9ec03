package dev.paydesk.domain.webhook;

import dev.paydesk.domain.order.ResultPage;
import java.util.List;
import java.util.Optional;

/** Every notification received, accepted or not. */
public interface NotificationLog {

  /** Stores it; its id is set when this returns. */
  void add(ReceivedNotification notification);

  List<ReceivedNotification> findByRecordId(String recordId);

  Optional<ReceivedNotification> find(long id);

  /** One page of the notifications the search selects, newest first. */
  ResultPage<ReceivedNotification> search(NotificationSearch search);
}
