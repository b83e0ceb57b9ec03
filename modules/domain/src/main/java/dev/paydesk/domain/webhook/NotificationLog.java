package dev.paydesk.domain.webhook;

import java.util.List;

/** Every notification received, accepted or not. */
public interface NotificationLog {

  /** Stores it; its id is set when this returns. */
  void add(ReceivedNotification notification);

  List<ReceivedNotification> findByRecordId(String recordId);
}
