package dev.paydesk.ccpayment.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The sandbox's own JAX-RS application under {@code /sandbox}, apart from Paydesk's API. */
@ApplicationPath("sandbox")
public class SandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SandboxCcPaymentResource.class,
        SandboxV2Resource.class,
        SandboxControlResource.class,
        SandboxModeFilter.class,
        SandboxProblemMapper.class);
  }
}
