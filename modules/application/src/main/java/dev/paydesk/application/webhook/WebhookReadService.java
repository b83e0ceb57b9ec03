package dev.paydesk.application.webhook;

import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.WebhookLog;
import dev.paydesk.domain.webhook.WebhookSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The webhook log, read: one webhook, or a search of them. */
@ApplicationScoped
@Transactional
public class WebhookReadService {

  private WebhookLog log;

  protected WebhookReadService() {
    // for CDI proxies
  }

  @Inject
  public WebhookReadService(WebhookLog log) {
    this.log = log;
  }

  public Optional<WebhookView> webhook(long id) {
    return log.find(id).map(WebhookView::of);
  }

  public ResultPage<WebhookView> search(WebhookSearch search) {
    return log.search(search).map(WebhookView::of);
  }
}
