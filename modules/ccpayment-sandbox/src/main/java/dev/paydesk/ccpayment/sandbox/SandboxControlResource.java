package dev.paydesk.ccpayment.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * The sandbox's control panel over HTTP: simulated payments, and faults armed for the next calls.
 * For tests, and for merchants who want to see how their shop copes when CCPayment misbehaves; only
 * with the shop's API key or a console operator's session ({@link SandboxControlAccess}).
 */
@Path("control")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

  /**
   * A fault to arm.
   *
   * @param kind TIMEOUT, HTTP_500, ERROR_CODE or BAD_SIGNATURE
   * @param count how many calls it hits (default 1)
   * @param endpoint only calls to this v1 path, e.g. {@code bill/create} (default: any)
   * @param code the code an ERROR_CODE fault answers (default 11002)
   */
  public record FaultRequest(String kind, Integer count, String endpoint, Integer code) {}

  @Inject SandboxFaults faults;

  @Inject SandboxPayments payments;

  @Inject SandboxWithdrawals withdrawals;

  @Inject SandboxSettings settings;

  /** A coin's balance to set ({@code available}, a decimal string). */
  public record BalanceRequest(String available) {}

  /**
   * The merchant's available balance of every coin (v2's {@code getAppCoinAssetList}): confirmed
   * deposits less their service fee, less withdrawals, with any correction set here.
   */
  @GET
  @Path("balances")
  public jakarta.json.JsonValue balances() {
    return withdrawals.assets(settings.appId());
  }

  /** Sets a coin's available balance, so that a refund can meet an empty one. */
  @jakarta.ws.rs.PUT
  @Path("balances/{coinId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setBalance(@PathParam("coinId") long coinId, BalanceRequest request) {
    java.math.BigDecimal available;
    try {
      available = new java.math.BigDecimal(request == null ? "" : request.available());
    } catch (NumberFormatException | NullPointerException e) {
      return badRequest("available must be a decimal number");
    }
    if (SandboxCatalog.TOKENS.stream().noneMatch(t -> t.coinId().equals(Long.toString(coinId)))) {
      return badRequest("no coin " + coinId);
    }
    withdrawals.setBalance(settings.appId(), coinId, available);
    return Response.noContent().build();
  }

  /** Drops every balance set here. */
  @DELETE
  @Path("balances")
  public Response clearBalances() {
    withdrawals.clearBalances(settings.appId());
    return Response.noContent().build();
  }

  /** The merchant's withdrawals, newest first, as the sandbox keeps them. */
  @GET
  @Path("withdrawals")
  public jakarta.json.JsonValue withdrawals() {
    return withdrawals.records(settings.appId());
  }

  /**
   * A simulated payment (see {@link SandboxPayments.Simulation}).
   *
   * @param kind FULL, PARTIAL, OVER or FAILED
   * @param dropFinal lose the final webhook (only reconciliation then finds the payment)
   * @param lost CCPayment's scan misses the transaction altogether (no record, no webhook) until a
   *     {@code rescanLostTransaction} names its txid (v2)
   * @param intermediate notify {@code processing} before the final status (default: {@code
   *     paydesk.sandbox.intermediate-webhooks}, off as at CCPayment)
   * @param processingSeconds how long the transaction stays {@code processing} before its final
   *     status (default: {@code paydesk.sandbox.processing-time})
   */
  public record PaymentRequest(
      String kind,
      java.math.BigDecimal amount,
      Integer transactions,
      Integer duplicates,
      Boolean outOfOrder,
      Boolean drop,
      Boolean dropFinal,
      Boolean intermediate,
      Long processingSeconds,
      Boolean risky,
      Boolean lost) {}

  /** What was simulated. */
  public record SimulatedTrade(String recordId, String txid, String amount, String status) {}

  /**
   * Simulates a buyer paying the sandbox order with this merchant order id: its transactions are
   * recorded (bill/info lists them) and notified by webhook, with CCPayment's retries.
   */
  @POST
  @Path("orders/{merchantOrderId}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pay(
      @PathParam("merchantOrderId") String merchantOrderId, PaymentRequest request) {
    SandboxPayments.Kind kind;
    try {
      kind =
          SandboxPayments.Kind.valueOf(
              request == null || request.kind() == null ? "FULL" : request.kind().toUpperCase());
    } catch (IllegalArgumentException e) {
      return badRequest("kind must be one of FULL, PARTIAL, OVER, FAILED");
    }
    int transactions =
        request == null || request.transactions() == null ? 1 : request.transactions();
    int duplicates = request == null || request.duplicates() == null ? 0 : request.duplicates();
    if (transactions < 1 || transactions > 20 || duplicates < 0 || duplicates > 50) {
      return badRequest("transactions must be 1 to 20 and duplicates 0 to 50");
    }
    Long processingSeconds = request == null ? null : request.processingSeconds();
    if (processingSeconds != null && (processingSeconds < 0 || processingSeconds > 86_400)) {
      return badRequest("processingSeconds must be 0 to 86400");
    }
    try {
      List<SimulatedTrade> trades =
          payments
              .simulate(
                  merchantOrderId,
                  new SandboxPayments.Simulation(
                      kind,
                      request == null ? null : request.amount(),
                      transactions,
                      duplicates,
                      request != null && Boolean.TRUE.equals(request.outOfOrder()),
                      request != null && Boolean.TRUE.equals(request.drop()),
                      request != null && Boolean.TRUE.equals(request.dropFinal()),
                      request == null ? null : request.intermediate(),
                      processingSeconds == null ? null : Duration.ofSeconds(processingSeconds),
                      request != null && Boolean.TRUE.equals(request.risky()),
                      request != null && Boolean.TRUE.equals(request.lost())))
              .stream()
              .map(
                  t ->
                      new SimulatedTrade(
                          t.recordId(),
                          t.txid(),
                          t.amount().stripTrailingZeros().toPlainString(),
                          t.status()))
              .toList();
      return Response.ok(trades).build();
    } catch (SandboxError e) {
      return badRequest(e.getMessage());
    }
  }

  private static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.TEXT_PLAIN)
        .entity(message)
        .build();
  }

  @POST
  @Path("faults")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response arm(FaultRequest request) {
    SandboxFaults.Kind kind;
    try {
      kind =
          SandboxFaults.Kind.valueOf(
              request == null || request.kind() == null ? "" : request.kind().toUpperCase());
    } catch (IllegalArgumentException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.TEXT_PLAIN)
          .entity(
              "kind must be one of TIMEOUT, HTTP_500, ERROR_CODE, BAD_SIGNATURE, WITHDRAWAL_FAILS")
          .build();
    }
    int count = request.count() == null ? 1 : request.count();
    if (count < 1 || count > 1000) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.TEXT_PLAIN)
          .entity("count must be between 1 and 1000")
          .build();
    }
    int code = request.code() == null ? SandboxError.INTERNAL : request.code();
    faults.arm(new SandboxFaults.Fault(kind, request.endpoint(), count, code));
    return Response.noContent().build();
  }

  /** An armed fault as the control API lists it. */
  public record ArmedFault(String kind, String endpoint, int remaining, int code) {}

  @GET
  @Path("faults")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ArmedFault> armed() {
    return faults.armed().stream()
        .map(f -> new ArmedFault(f.kind().name(), f.endpoint(), f.remaining(), f.code()))
        .toList();
  }

  @DELETE
  @Path("faults")
  public Response clear() {
    faults.clear();
    return Response.noContent().build();
  }
}
