package dev.paydesk.ccpayment.v2;

import static dev.paydesk.ccpayment.signature.CcPaymentSignature.APP_ID_HEADER;
import static dev.paydesk.ccpayment.signature.CcPaymentSignature.SIGN_HEADER;
import static dev.paydesk.ccpayment.signature.CcPaymentSignature.TIMESTAMP_HEADER;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * CCPayment v2 over HTTP: one POST per route. The body goes out as the exact bytes that were signed
 * and the answer comes back raw.
 */
@RegisterRestClient(configKey = "ccpayment-v2")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CcPaymentV2Api {

  @POST
  @Path("{route}")
  Response call(
      @PathParam("route") String route,
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);

  /** {@code webhook/resend}: its two segments would be one encoded path parameter above. */
  @POST
  @Path("webhook/resend")
  Response webhookResend(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);
}
