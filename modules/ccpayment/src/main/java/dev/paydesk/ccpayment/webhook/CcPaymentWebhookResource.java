package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.ccpayment.CcPaymentSettings;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.webhook.ReceivedNotification;
import dev.paydesk.domain.webhook.ReceivedNotification.Outcome;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code POST /webhooks/ccpayment}: CCPayment's payment notifications. The body is read raw (with a
 * size limit) and its {@code Sign} checked over those exact bytes in constant time, with {@code
 * Appid} and {@code Timestamp}, before it is parsed. A notification that fails answers 401 (413 too
 * large, 400 unreadable) and changes nothing but the log. An accepted one is stored and applied in
 * one transaction, and only after that commits does CCPayment get {@code success}; a failure
 * answers 500, so it retries.
 */
@Path("ccpayment")
public class CcPaymentWebhookResource {

  private static final System.Logger LOG =
      System.getLogger(CcPaymentWebhookResource.class.getName());

  @Inject PaymentService payments;

  @Inject CcPaymentSettings ccpayment;

  @Inject WebhookSettings settings;

  @Inject Clock clock;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_PLAIN)
  public Response receive(@Context HttpHeaders headers, InputStream body) {
    Instant now = clock.instant();
    String appId = headers.getHeaderString(CcPaymentSignature.APP_ID_HEADER);
    String timestamp = headers.getHeaderString(CcPaymentSignature.TIMESTAMP_HEADER);
    String sign = headers.getHeaderString(CcPaymentSignature.SIGN_HEADER);
    String headerLog =
        "Appid: "
            + appId
            + "\nTimestamp: "
            + timestamp
            + "\nSign: "
            + (sign == null ? "(none)" : "(present)")
            + "\nContent-Type: "
            + headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    byte[] raw;
    try {
      raw = readAtMost(body, settings.maxBodyBytes());
    } catch (IOException e) {
      return reject(now, headerLog, "", "body could not be read", Response.Status.BAD_REQUEST);
    }
    if (raw == null) {
      return reject(
          now,
          headerLog,
          "",
          "body larger than " + settings.maxBodyBytes() + " bytes",
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    if (!ccpayment.appId().equals(appId)) {
      return reject(now, headerLog, text, "Appid is not ours", Response.Status.UNAUTHORIZED);
    }
    if (!CcPaymentSignature.isFresh(timestamp, now, settings.maxAge(), settings.maxAhead())) {
      return reject(
          now,
          headerLog,
          text,
          "Timestamp missing or outside the accepted window",
          Response.Status.UNAUTHORIZED);
    }
    if (!CcPaymentSignature.verify(appId, ccpayment.appSecret(), timestamp, raw, sign)) {
      return reject(
          now, headerLog, text, "Sign does not match the body", Response.Status.UNAUTHORIZED);
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(raw))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return reject(now, headerLog, text, "body is not a JSON object", Response.Status.BAD_REQUEST);
    }
    DepositNotification notification = DepositNotification.of(json);
    ReceivedNotification received =
        ReceivedNotification.verified(
            now,
            headerLog,
            text,
            notification.recordId(),
            notification.payStatus(),
            notification.target().gatewayMerchantOrderId());
    Optional<String> notActionable = notification.notActionable();
    Optional<PaymentReport> report = Optional.empty();
    String ignoredBecause = notActionable.orElse(null);
    if (notActionable.isEmpty()) {
      try {
        report = Optional.of(notification.report(now));
      } catch (IllegalArgumentException e) {
        ignoredBecause = e.getMessage();
      }
    }
    try {
      Outcome outcome =
          payments.applyNotification(received, notification.target(), report, ignoredBecause);
      LOG.log(
          Level.INFO,
          "Webhook record {0} ({1}) for {2}: {3}",
          notification.recordId(),
          notification.payStatus(),
          notification.target().gatewayMerchantOrderId(),
          outcome);
      return Response.ok("success").build();
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "Webhook record "
              + notification.recordId()
              + " could not be applied; CCPayment will retry",
          e);
      return Response.serverError().entity("retry").build();
    }
  }

  private Response reject(
      Instant now, String headerLog, String body, String reason, Response.Status status) {
    LOG.log(Level.WARNING, "Webhook rejected ({0}): {1}", status.getStatusCode(), reason);
    try {
      payments.recordRejected(ReceivedNotification.rejected(now, headerLog, body, reason));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Could not log a rejected webhook", e);
    }
    return Response.status(status).type(MediaType.TEXT_PLAIN).entity(reason).build();
  }

  /** The body, or null if it is longer than {@code limit} bytes (then not read further). */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }
}
