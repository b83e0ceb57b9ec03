package dev.paydesk.application.gateway;

import dev.paydesk.application.startup.StartupRequirement;
import dev.paydesk.domain.gateway.GatewayApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code paydesk.ccpayment.api}, read in this one place: the CCPayment API version new orders are
 * made with ({@code v1} or {@code v2}). Orders already made keep theirs (see {@link
 * dev.paydesk.domain.order.GatewayAttempt}); the shop API and the buyer's page are the same with
 * either.
 */
@ApplicationScoped
public class GatewayApiChoice implements StartupRequirement {

  public static final String KEY = "paydesk.ccpayment.api";

  private GatewayApi api;
  private String problem;

  protected GatewayApiChoice() {
    // for CDI proxies
  }

  @Inject
  public GatewayApiChoice(@ConfigProperty(name = KEY, defaultValue = "v2") String configured) {
    try {
      this.api = GatewayApi.of(configured);
    } catch (IllegalArgumentException e) {
      this.api = GatewayApi.V1;
      this.problem =
          "set " + KEY + " (env PAYDESK_CCPAYMENT_API) to v1 or v2, not '" + configured + "'";
    }
  }

  /** The version new orders are made with. */
  public GatewayApi forNewOrders() {
    return api;
  }

  @Override
  public List<String> problems() {
    return problem == null ? List.of() : List.of(problem);
  }
}
