package dev.paydesk.rest.problem;

import dev.paydesk.application.checkout.CheckoutInProgressException;
import dev.paydesk.application.checkout.IdempotencyKeyReusedException;
import dev.paydesk.application.checkout.MerchantOrderIdTakenException;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.InvalidCheckoutException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** Turns every failure of the shop API into a problem response that says what to do about it. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Exception> {

  private static final System.Logger LOG = System.getLogger(ProblemExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    Problem problem = problemFor(exception);
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (exception instanceof GatewayUnavailableException) {
      response.header("Retry-After", "10");
    }
    if (exception instanceof CheckoutInProgressException
        || exception instanceof DuplicateOrderException) {
      response.header("Retry-After", "2");
    }
    if (problem.status() == 429) {
      response.header("Retry-After", "5");
    }
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }

  static Problem problemFor(Exception exception) {
    if (exception instanceof InvalidCheckoutException e) {
      return new Problem(
          ProblemType.INVALID_REQUEST.uri(),
          "The checkout request is invalid",
          422,
          e.getMessage(),
          e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList(),
          null,
          null);
    }
    if (exception instanceof IdempotencyKeyReusedException e) {
      return Problem.of(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key reused with other terms",
          422,
          e.getMessage());
    }
    if (exception instanceof MerchantOrderIdTakenException e) {
      return Problem.of(
          ProblemType.MERCHANT_ORDER_ID_TAKEN,
          "Merchant order id already has a checkout",
          409,
          e.getMessage());
    }
    if (exception instanceof CheckoutInProgressException e) {
      return Problem.of(
          ProblemType.CHECKOUT_IN_PROGRESS, "Checkout still being created", 409, e.getMessage());
    }
    if (exception instanceof DuplicateOrderException) {
      // an identical request is being stored at this very moment (raced twice): ask for a retry
      return Problem.of(
          ProblemType.CHECKOUT_IN_PROGRESS,
          "Checkout still being created",
          409,
          "An identical request is being handled; retry with the same Idempotency-Key.");
    }
    if (exception instanceof GatewayUnavailableException e) {
      return e.reason() == GatewayUnavailableException.Reason.UNREACHABLE
          ? Problem.of(
              ProblemType.GATEWAY_UNAVAILABLE,
              "CCPayment is unavailable",
              503,
              e.getMessage() + ". Nothing can be paid yet; retry with the same Idempotency-Key.")
          : Problem.of(
              ProblemType.GATEWAY_BAD_ANSWER,
              "CCPayment gave an answer Paydesk cannot trust",
              502,
              e.getMessage() + ". Nothing can be paid yet; retry with the same Idempotency-Key.");
    }
    if (exception instanceof GatewayRejectedException e) {
      return new Problem(
          ProblemType.GATEWAY_REJECTED.uri(),
          "CCPayment refused the payment order",
          502,
          e.getMessage()
              + ". Nothing can be paid; retry with the same Idempotency-Key once resolved.",
          null,
          e.code(),
          e.gatewayMessage());
    }
    if (exception instanceof dev.paydesk.domain.refund.RefundRefusedException e) {
      boolean conflict =
          e.refusal() == dev.paydesk.domain.refund.RefundRefusedException.Refusal.WRONG_STATE
              || e.refusal()
                  == dev.paydesk.domain.refund.RefundRefusedException.Refusal.NOT_AN_APPROVER;
      return Problem.of(
          ProblemType.valueOf("REFUND_" + e.refusal().name()),
          "The refund was refused",
          conflict ? 409 : 422,
          e.getMessage() + ". Nothing changed.");
    }
    if (exception instanceof ProblemException e) {
      return e.problem();
    }
    if (exception instanceof JsonbException
        || exception instanceof ProcessingException
        || exception instanceof BadRequestException) {
      return Problem.of(
          ProblemType.MALFORMED_BODY,
          "The request body is not valid JSON for this operation",
          400,
          "Send a JSON object with the documented fields and types (amounts as strings or numbers).");
    }
    if (exception instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return Problem.ofStatus(
          status,
          Response.Status.fromStatusCode(status) == null
              ? "HTTP " + status
              : Response.Status.fromStatusCode(status).getReasonPhrase(),
          null);
    }
    LOG.log(Level.ERROR, "Unexpected failure in the shop API", exception);
    return Problem.of(
        ProblemType.INTERNAL, "Internal error", 500, "The error was logged; nothing was charged.");
  }
}
