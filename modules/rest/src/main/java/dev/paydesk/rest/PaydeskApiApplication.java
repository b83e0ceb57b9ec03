package dev.paydesk.rest;

import dev.paydesk.rest.checkout.CheckoutResource;
import dev.paydesk.rest.operations.OperationsResource;
import dev.paydesk.rest.problem.ProblemExceptionMapper;
import dev.paydesk.rest.security.ApiKeyFilter;
import dev.paydesk.rest.token.TokenResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Paydesk's shop API. Lists its classes so that the sandbox's resources do not appear under it. */
@ApplicationPath("api")
public class PaydeskApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        CheckoutResource.class,
        dev.paydesk.rest.refund.RefundResource.class,
        TokenResource.class,
        dev.paydesk.rest.contract.OpenApiResource.class,
        OperationsResource.class,
        dev.paydesk.rest.webhook.WebhookResource.class,
        ApiKeyFilter.class,
        dev.paydesk.rest.security.ApiHeadersFilter.class,
        dev.paydesk.rest.checkout.CreateCheckoutReader.class,
        ProblemExceptionMapper.class);
  }
}
