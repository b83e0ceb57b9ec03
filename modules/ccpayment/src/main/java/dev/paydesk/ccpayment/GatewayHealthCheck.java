package dev.paydesk.ccpayment;

import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while CCPayment (or the sandbox) answers a signed call with a verifiable answer. */
@Readiness
@ApplicationScoped
public class GatewayHealthCheck implements HealthCheck {

  @Inject PaymentGateway gateway;

  @Inject CcPaymentSettings settings;

  @Override
  public HealthCheckResponse call() {
    try {
      int tokens = gateway.tokens().size();
      return HealthCheckResponse.named("ccpayment")
          .up()
          .withData("mode", settings.mode().label())
          .withData("tokens", tokens)
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("ccpayment")
          .down()
          .withData("mode", settings.mode().label())
          .withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
          .build();
    }
  }
}
