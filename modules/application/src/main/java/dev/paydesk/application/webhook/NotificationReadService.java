package dev.paydesk.application.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.NotificationLog;
import dev.paydesk.domain.webhook.NotificationSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The webhook log, read: one notification, or a search of them. */
@ApplicationScoped
@Transactional
public class NotificationReadService {

  private NotificationLog log;

  protected NotificationReadService() {
    // for CDI proxies
  }

  @Inject
  public NotificationReadService(NotificationLog log) {
    this.log = log;
  }

  public Optional<NotificationView> notification(long id) {
    return log.find(id).map(NotificationView::of);
  }

  public ResultPage<NotificationView> search(NotificationSearch search) {
    return log.search(search).map(NotificationView::of);
  }
}
