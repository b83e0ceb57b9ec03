package dev.paydesk.console.webhook;

import dev.paydesk.application.webhook.WebhookReadService;
import dev.paydesk.application.webhook.WebhookView;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookSearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /console/webhooks.xhtml?outcome=ORPHAN,REJECTED&q=…}: every webhook received, newest
 * first, with the filters of its URL.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WebhookReadService reads;

  private String outcome;
  private String q;
  private LazyDataModel<WebhookView> webhooks;

  public void load() {
    Set<Outcome> outcomes = outcomes();
    String text = q;
    WebhookReadService service = reads;
    webhooks =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search(0, 1).total());
          }

          @Override
          public List<WebhookView> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            ResultPage<WebhookView> page = search(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
          }

          @Override
          public String getRowKey(WebhookView row) {
            return Long.toString(row.id());
          }

          private ResultPage<WebhookView> search(int page, int size) {
            return service.search(
                new WebhookSearch(
                    outcomes, null, null, text, page, Math.min(size, OrderSearch.MAX_SIZE)));
          }
        };
  }

  Set<Outcome> outcomes() {
    Set<Outcome> found = EnumSet.noneOf(Outcome.class);
    if (outcome != null) {
      for (String word : outcome.split(",")) {
        Arrays.stream(Outcome.values())
            .filter(o -> o.name().equals(word.trim().toUpperCase(Locale.ROOT)))
            .forEach(found::add);
      }
    }
    return found;
  }

  public List<String> getAllOutcomes() {
    return Arrays.stream(Outcome.values()).map(Enum::name).toList();
  }

  /** The filter as its option in the page's select names it ("ORPHAN,REJECTED", "APPLIED"). */
  public String getSelectedOption() {
    return String.join(",", outcomes().stream().map(Enum::name).toList());
  }

  public LazyDataModel<WebhookView> getWebhooks() {
    return webhooks;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
