package dev.paydesk.console.webhook;

import dev.paydesk.application.webhook.NotificationReadService;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.NotificationSearch;
import dev.paydesk.domain.webhook.ReceivedNotification.Outcome;
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
 * {@code /console/webhooks.xhtml?outcome=ORPHAN,REJECTED&q=…}: every notification received, newest
 * first, with the filters of its URL.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NotificationReadService reads;

  private String outcome;
  private String q;
  private LazyDataModel<NotificationRow> notifications;

  public void load() {
    Set<Outcome> outcomes = outcomes();
    String text = q;
    NotificationReadService service = reads;
    notifications =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search(0, 1).total());
          }

          @Override
          public List<NotificationRow> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            ResultPage<NotificationRow> page = search(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
          }

          @Override
          public String getRowKey(NotificationRow row) {
            return Long.toString(row.getId());
          }

          private ResultPage<NotificationRow> search(int page, int size) {
            return service
                .search(
                    new NotificationSearch(
                        outcomes, null, null, text, page, Math.min(size, OrderSearch.MAX_SIZE)))
                .map(NotificationRow::new);
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

  public LazyDataModel<NotificationRow> getNotifications() {
    return notifications;
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
