package dev.paydesk.rest.operations;

import dev.paydesk.application.expiry.ExpiryService;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;

/**
 * Runs the expiry and reconciliation timers' work now. In sandbox mode a run may be made "as of" a
 * later instant, to see what the timer will do then; live runs always use the real clock.
 */
@Path("v1/operations")
@ShopApiKey
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

  /**
   * @param asOf the instant to run as of (sandbox mode only); now when absent
   */
  public record RunRequest(Instant asOf) {}

  @Inject ExpiryService expiry;

  @Inject ReconciliationService reconciliation;

  /** How far a sandbox run may look ahead or back: past any order's validity, short of absurd. */
  static final java.time.Duration AS_OF_RANGE = java.time.Duration.ofDays(366);

  @Inject Clock clock;

  @Inject GatewayMode mode;

  @POST
  @Path("expiry-runs")
  public ExpiryService.Run expire(RunRequest request) {
    return expiry.expireDue(instant(request));
  }

  @POST
  @Path("reconciliation-runs")
  public ReconciliationService.Run reconcile(RunRequest request) {
    return reconciliation.reconcileDue(instant(request));
  }

  private Instant instant(RunRequest request) {
    if (request == null || request.asOf() == null) {
      return clock.instant();
    }
    if (mode.isLive()) {
      throw new ProblemException(
          Problem.of(
              ProblemType.AS_OF_SANDBOX_ONLY,
              "asOf is for sandbox mode",
              400,
              "Live runs use the real clock; leave asOf out."));
    }
    Instant now = clock.instant();
    if (request.asOf().isBefore(now.minus(AS_OF_RANGE))
        || request.asOf().isAfter(now.plus(AS_OF_RANGE))) {
      throw new ProblemException(
          Problem.of(
              ProblemType.AS_OF_OUT_OF_RANGE,
              "asOf is too far from now",
              422,
              "asOf must be within " + AS_OF_RANGE.toDays() + " days of now."));
    }
    return request.asOf();
  }
}
