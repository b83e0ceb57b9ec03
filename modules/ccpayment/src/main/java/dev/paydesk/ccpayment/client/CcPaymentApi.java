package dev.paydesk.ccpayment.client;

import static dev.paydesk.ccpayment.signature.CcPaymentSignature.APP_ID_HEADER;
import static dev.paydesk.ccpayment.signature.CcPaymentSignature.SIGN_HEADER;
import static dev.paydesk.ccpayment.signature.CcPaymentSignature.TIMESTAMP_HEADER;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * CCPayment v1 over HTTP. Bodies go out as the exact bytes that were signed and come back raw, so
 * that {@link CcPaymentClient} can check the response signature over the bytes received.
 */
@RegisterRestClient(configKey = "ccpayment")
@Consumes(MediaType.APPLICATION_JSON + "; charset=utf-8")
@Produces(MediaType.APPLICATION_JSON)
public interface CcPaymentApi {

  @POST
  @Path("bill/create")
  Response billCreate(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);

  @POST
  @Path("bill/info")
  Response billInfo(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);

  @POST
  @Path("coin/all")
  Response coinAll(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);

  @POST
  @Path("token/rate")
  Response tokenRate(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);

  @POST
  @Path("webhook/resend")
  Response webhookResend(
      @HeaderParam(APP_ID_HEADER) String appId,
      @HeaderParam(TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SIGN_HEADER) String sign,
      byte[] body);
}
