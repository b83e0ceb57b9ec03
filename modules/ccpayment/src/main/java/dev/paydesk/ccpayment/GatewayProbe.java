package dev.paydesk.ccpayment;

import dev.paydesk.application.health.ReadinessProbe;
import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** CCPayment (or the sandbox) answers a signed call with a verifiable answer. */
@ApplicationScoped
public class GatewayProbe implements ReadinessProbe {

  @Inject PaymentGateway gateway;

  @Inject CcPaymentSettings settings;

  @Override
  public String name() {
    return "ccpayment";
  }

  @Override
  public Result check() {
    try {
      int tokens = gateway.tokens().size();
      return new Result(
          true, Map.of("mode", settings.mode().label(), "tokens", Integer.toString(tokens)));
    } catch (RuntimeException e) {
      return new Result(
          false,
          Map.of(
              "mode",
              settings.mode().label(),
              "error",
              e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }
}
