package dev.paydesk.console.webhook;

import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.webhook.WebhookReadService;
import dev.paydesk.application.webhook.WebhookView;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code /console/webhook.xhtml?id=…}: one received webhook as it was stored, headers (never the
 * secret) and body, pretty-printed when it is JSON. Shown escaped, whatever it holds.
 */
@Named
@ViewScoped
public class WebhookPage implements Serializable {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  private static final long serialVersionUID = 1L;

  @Inject WebhookReadService reads;

  @Inject PaymentService payments;

  @Inject CurrentUser user;

  @Inject Messages messages;

  private String id;
  private transient WebhookView webhook;

  public void load() {
    webhook = parse(id) == null ? null : reads.webhook(parse(id)).orElse(null);
  }

  private static Long parse(String id) {
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Applies an orphan to the order it names, once that order exists (OPERATOR and ADMIN). */
  public String apply() {
    user.requireMayActOnOrders();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    try {
      payments.applyOrphan(Long.parseLong(id), user.getName());
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("webhook.applied"), null));
    } catch (OrderRefusedException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.refusal(e), null));
    } catch (GatewayUnavailableException | GatewayRejectedException e) {
      // a v2 webhook names a record, read from CCPayment again before it is applied
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN, messages.get("order.checkNow.unavailable"), null));
    }
    return "/console/webhook?faces-redirect=true&id=" + id;
  }

  public boolean isOrphan() {
    return webhook != null && webhook.outcome() == Outcome.ORPHAN;
  }

  public boolean isFound() {
    return webhook != null;
  }

  /** The webhook as stored (the page reads its components). */
  public WebhookView getWebhook() {
    return webhook;
  }

  /** The body indented when it is a JSON document (a rejected excerpt usually is not). */
  public String getPrettyBody() {
    String body = webhook.body();
    try (var reader = JSONP.createReader(new StringReader(body))) {
      JsonStructure json = reader.read();
      StringWriter out = new StringWriter();
      try (var writer =
          JSONP
              .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(out)) {
        writer.write(json);
      }
      return out.toString().strip();
    } catch (JsonException | IllegalStateException e) {
      return body;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
