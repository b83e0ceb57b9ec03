package dev.paydesk.ccpayment.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

/** Outside sandbox mode the sandbox does not exist: every path under it answers 404. */
@PreMatching
public class SandboxModeFilter implements ContainerRequestFilter {

  @Inject SandboxSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled()) {
      request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
    }
  }
}
