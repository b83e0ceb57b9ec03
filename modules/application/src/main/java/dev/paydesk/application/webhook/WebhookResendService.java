package dev.paydesk.application.webhook;

import dev.paydesk.application.audit.AuditText;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Asks CCPayment to send its webhooks again ({@code webhook/resend}, v1 and v2 alike), an hour of
 * payments a call: after an outage of Paydesk, or a webhook URL that was wrong for a while. What
 * comes back is verified and applied as any webhook is, so a resend never counts a payment twice.
 */
@ApplicationScoped
public class WebhookResendService {

  private static final System.Logger LOG = System.getLogger(WebhookResendService.class.getName());

  private PaymentGateway gateway;
  private Clock clock;

  protected WebhookResendService() {
    // for CDI proxies
  }

  @Inject
  public WebhookResendService(PaymentGateway gateway, Clock clock) {
    this.gateway = gateway;
    this.clock = clock;
  }

  /**
   * The webhooks of {@code api}'s payments made in the hour from {@code from}.
   *
   * @param all every webhook of the hour, not only those whose delivery failed
   * @return how many CCPayment will send, or -1 when it does not say (v1)
   * @throws IllegalArgumentException {@code from} is in the future
   * @throws dev.paydesk.domain.gateway.GatewayRejectedException CCPayment refused (its limit: once
   *     a minute, 25 times a day)
   * @throws dev.paydesk.domain.gateway.GatewayUnavailableException CCPayment could not be asked
   */
  public int resend(GatewayApi api, Instant from, boolean all, String by) {
    Instant now = clock.instant();
    if (from.isAfter(now)) {
      throw new IllegalArgumentException("the hour to resend starts in the future");
    }
    Instant to = from.plus(PaymentGateway.MAX_RESEND_WINDOW);
    int count = gateway.resendWebhooks(api, from, to.isAfter(now) ? now : to, all);
    LOG.log(
        System.Logger.Level.INFO,
        "{0} asked CCPayment {1} to resend {2} webhooks of {3} to {4}: {5}",
        AuditText.of(by),
        api.label(),
        all ? "all" : "failed",
        from,
        to,
        count < 0 ? "count not given" : count);
    return count;
  }
}
