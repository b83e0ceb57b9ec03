package dev.paydesk.ccpayment.webhook;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The webhook receiver's own JAX-RS application under {@code /webhooks}, apart from the shop API.
 */
@ApplicationPath("webhooks")
public class WebhookApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(CcPaymentWebhookResource.class);
  }
}
