package dev.paydesk.ccpayment.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The sandbox's control panel over HTTP: arm faults for the next calls. For tests, and for merchants who
 * want to see how their shop copes when CCPayment misbehaves.
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

  @Inject
  SandboxFaults faults;

  @POST
  @Path("faults")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response arm(FaultRequest request) {
    SandboxFaults.Kind kind;
    try {
      kind = SandboxFaults.Kind.valueOf(request == null || request.kind() == null ? "" : request.kind().toUpperCase());
    } catch (IllegalArgumentException e) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
          .entity("kind must be one of TIMEOUT, HTTP_500, ERROR_CODE, BAD_SIGNATURE").build();
    }
    int count = request.count() == null ? 1 : request.count();
    if (count < 1 || count > 1000) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
          .entity("count must be between 1 and 1000").build();
    }
    int code = request.code() == null ? SandboxError.INTERNAL : request.code();
    faults.arm(new SandboxFaults.Fault(kind, request.endpoint(), count, code));
    return Response.noContent().build();
  }

  @GET
  @Path("faults")
  public List<SandboxFaults.Fault> armed() {
    return faults.armed();
  }

  @DELETE
  @Path("faults")
  public Response clear() {
    faults.clear();
    return Response.noContent().build();
  }
}
