package dev.paydesk.rest;

import dev.paydesk.rest.checkout.CheckoutResource;
import dev.paydesk.rest.operations.OperationsResource;
import dev.paydesk.rest.problem.ProblemExceptionMapper;
import dev.paydesk.rest.security.ApiKeyFilter;
import dev.paydesk.rest.token.TokenResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Paydesk's shop API. Lists its classes so that the sandbox's resources do not appear under it. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Paydesk shop API",
            version = "1",
            description =
                "Create crypto checkouts paid through CCPayment and follow their status."))
@SecurityScheme(
    securitySchemeName = "shopApiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A shop API key from paydesk.api.keys")
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
