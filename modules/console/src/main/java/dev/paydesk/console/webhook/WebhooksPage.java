package dev.paydesk.console.webhook;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.application.webhook.WebhookReadService;
import dev.paydesk.application.webhook.WebhookResendService;
import dev.paydesk.application.webhook.WebhookView;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookSearch;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

  @Inject WebhookResendService resends;

  @Inject CurrentUser user;

  @Inject Messages messages;

  @Inject GatewayApiChoice apiChoice;

  @Inject java.time.Clock clock;

  private String resendApi;
  private String resendFrom;
  private boolean resendAll;

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

  /**
   * Asks CCPayment to send again an hour of webhooks, from {@link #getResendFrom} (UTC, as the
   * console shows times), of one API version.
   */
  public String resend() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    Instant from;
    GatewayApi api;
    try {
      from =
          LocalDateTime.parse(getResendFrom().strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      api = GatewayApi.of(getResendApi());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              messages.format("webhooks.resend.invalid", getResendFrom(), getResendApi()),
              null));
      return null;
    }
    try {
      int count = resends.resend(api, from, resendAll, user.getName());
      String text =
          count < 0
              ? messages.get("webhooks.resend.asked")
              : messages.format("webhooks.resend.done", count);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, messages.get("webhooks.resend.future"), null));
      return null;
    } catch (GatewayRejectedException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              messages.format("webhooks.resend.refused", e.getMessage()),
              null));
    } catch (GatewayUnavailableException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"), null));
    }
    return "webhooks?faces-redirect=true";
  }

  /** The version new orders use, chosen first in the form. */
  public String getResendApi() {
    return resendApi == null ? apiChoice.forNewOrders().label() : resendApi;
  }

  public void setResendApi(String resendApi) {
    this.resendApi = resendApi;
  }

  /** The start of the last full hour (UTC) unless the merchant wrote another. */
  public String getResendFrom() {
    if (resendFrom == null) {
      return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
          .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
          .minusHours(1)
          .toString()
          .replace('T', ' ');
    }
    return resendFrom;
  }

  public void setResendFrom(String resendFrom) {
    this.resendFrom = resendFrom;
  }

  public boolean isResendAll() {
    return resendAll;
  }

  public void setResendAll(boolean resendAll) {
    this.resendAll = resendAll;
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
