package dev.paydesk.ccpayment.client;

import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * One HTTP exchange with CCPayment (either version): the raw answer of an HTTP 200, with the
 * signature headers v1 puts on it, or {@link GatewayUnavailableException} for anything else.
 */
public final class CcPaymentHttp {

  /** The raw bytes of an HTTP 200 answer and its signature headers (v1 only; v2 sends none). */
  public record Answer(byte[] body, String appId, String timestamp, String sign) {}

  private CcPaymentHttp() {}

  /**
   * @param what how the call is named in a message ("CCPayment bill/info")
   */
  public static Answer exchange(String what, Supplier<Response> send) {
    try (Response response = send.get()) {
      if (response.getStatus() != 200) {
        throw new GatewayUnavailableException(
            Reason.UNREACHABLE, what + " answered HTTP " + response.getStatus());
      }
      return new Answer(
          response.readEntity(byte[].class),
          response.getHeaderString(CcPaymentSignature.APP_ID_HEADER),
          response.getHeaderString(CcPaymentSignature.TIMESTAMP_HEADER),
          response.getHeaderString(CcPaymentSignature.SIGN_HEADER));
    } catch (WebApplicationException e) {
      throw new GatewayUnavailableException(
          Reason.UNREACHABLE, what + " answered HTTP " + e.getResponse().getStatus(), e);
    } catch (ProcessingException e) {
      throw new GatewayUnavailableException(
          Reason.UNREACHABLE, what + " did not answer: " + rootMessage(e), e);
    }
  }

  /** Runs a fault-tolerant call; a time-out becomes "did not answer in time". */
  public static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (FaultToleranceException e) {
      throw new GatewayUnavailableException(
          Reason.UNREACHABLE, "CCPayment did not answer in time", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
