package dev.paydesk.ccpayment.webhook;

import dev.paydesk.application.access.ClientAddresses;
import dev.paydesk.application.audit.AuditText;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.payment.WebhookContent;
import dev.paydesk.ccpayment.CcPaymentSettings;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import dev.paydesk.ccpayment.v2.CcPaymentV2Gateway;
import dev.paydesk.ccpayment.v2.CcPaymentV2Settings;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code POST /webhooks/ccpayment} (v1) and {@code POST /webhooks/ccpayment/v2}: CCPayment's
 * payment webhooks, each version at its own URL, so that an install that moved to v2 still takes
 * its open v1 orders' webhooks. The body is read raw (with a size limit) and checked by {@link
 * WebhookVerifier} before anything else. A rejected delivery answers 401 (413 too large, 400
 * unreadable), changes nothing, and is logged within the client's {@link RejectionBudget}, as an
 * excerpt. An accepted one is stored whole and applied in one transaction, and only after that
 * commits does CCPayment get {@code success}; a failure answers 500, so it retries. One instance
 * for all deliveries (the request it reads is a per-request proxy): a storm of repeats does not
 * build and inject a resource each time.
 */
@ApplicationScoped
@Path("ccpayment")
public class CcPaymentWebhookResource {

  private static final System.Logger LOG =
      System.getLogger(CcPaymentWebhookResource.class.getName());

  @Inject PaymentService payments;

  @Inject CcPaymentSettings ccpayment;

  @Inject WebhookSettings settings;

  @Inject RejectionBudget rejections;

  @Inject Clock clock;

  @Context HttpServletRequest request;

  @Inject ClientAddresses clients;

  @Inject CcPaymentV2Settings ccpaymentV2;

  @Inject CcPaymentV2Gateway v2;

  @Inject dev.paydesk.application.refund.RefundFlow refunds;

  /** A verified delivery's handling, per API version. */
  @FunctionalInterface
  private interface Handler {
    Response handle(
        Instant now,
        String client,
        String headerLog,
        WebhookVerifier.Delivery delivery,
        JsonObject body);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_PLAIN)
  public Response receive(@Context HttpHeaders headers, InputStream body) {
    return receive(headers, body, false);
  }

  /**
   * A v2 webhook: a hint naming a payment record. The record is fetched from v2 first, outside any
   * transaction or lock; only then is it applied, once, under the order's lock. If it cannot be
   * fetched the delivery is not acknowledged (CCPayment retries it; reconciliation also finds the
   * payment). CCPayment expects {@code Success} as plain text.
   */
  @POST
  @Path("v2")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_PLAIN)
  public Response receiveV2(@Context HttpHeaders headers, InputStream body) {
    return receive(headers, body, true);
  }

  /**
   * Whether a body has v2's shape ({@code {"type", "msg"}}) or v1's ({@code pay_status}); the URL's
   * version when neither shows. Whether CCPayment sends an account's v1 and v2 webhooks to one
   * dashboard URL is not documented: each URL takes both, each checked with its own version's
   * signature and credentials, so a wrong guess is a rejection, never a trusted delivery.
   */
  static boolean isV2(byte[] body, boolean atV2Url) {
    if (body == null) {
      return atV2Url;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.contains("\"pay_status\"")) {
      return false;
    }
    return text.contains("\"msg\"") && text.contains("\"type\"") || atV2Url;
  }

  private Response receive(HttpHeaders headers, InputStream body, boolean atV2Url) {
    Instant now = clock.instant();
    // behind the balancer, the address the trusted proxy reports (each sender its own budget)
    String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    WebhookVerifier.Delivery delivery;
    try {
      delivery =
          new WebhookVerifier.Delivery(
              headers.getHeaderString(CcPaymentSignature.APP_ID_HEADER),
              headers.getHeaderString(CcPaymentSignature.TIMESTAMP_HEADER),
              headers.getHeaderString(CcPaymentSignature.SIGN_HEADER),
              readAtMost(body, settings.maxBodyBytes()));
    } catch (IOException e) {
      return answer(400, "body could not be read");
    }
    boolean v2 = isV2(delivery.body(), atV2Url);
    String appId = v2 ? ccpaymentV2.appId() : ccpayment.appId();
    String appSecret = v2 ? ccpaymentV2.appSecret() : ccpayment.appSecret();
    WebhookVerifier.Signature signature = v2 ? WebhookVerifier.V2 : WebhookVerifier.V1;
    Handler handler =
        v2
            ? (at, from, log, d, json) -> applyV2(at, from, log, d, V2DepositWebhook.of(json))
            : (at, from, log, d, json) -> apply(at, from, log, d, DepositWebhook.of(json));
    String headerLog = headerLog(delivery, headers);
    WebhookVerifier verifier =
        new WebhookVerifier(
            appId,
            appSecret,
            settings.maxAge(),
            settings.maxAhead(),
            settings.maxBodyBytes(),
            signature);
    WebhookVerifier.Verdict verdict = verifier.verify(delivery, now);
    if (verdict instanceof WebhookVerifier.Verified verified) {
      return handler.handle(now, client, headerLog, delivery, verified.body());
    }
    return reject(now, client, headerLog, delivery, (WebhookVerifier.Rejected) verdict);
  }

  private Response apply(
      Instant now,
      String client,
      String headerLog,
      WebhookVerifier.Delivery delivery,
      DepositWebhook webhook) {
    return settle(
        now,
        client,
        headerLog,
        delivery,
        webhook.read(now),
        webhook.recordId(),
        webhook.payStatus(),
        "success");
  }

  /**
   * Stores a verified webhook whole and applies it; {@code acknowledgement} only once that
   * committed.
   */
  private Response settle(
      Instant now,
      String client,
      String headerLog,
      WebhookVerifier.Delivery delivery,
      WebhookContent content,
      String recordId,
      String status,
      String acknowledgement) {
    ReceivedWebhook received =
        ReceivedWebhook.verified(
            now,
            client,
            headerLog,
            new String(delivery.body(), StandardCharsets.UTF_8),
            delivery.body().length,
            recordId,
            status,
            content.target().gatewayMerchantOrderId());
    try {
      Outcome outcome = payments.applyWebhook(received, content);
      // a repeat changes nothing and comes in storms (CCPayment retries): not worth a line each
      LOG.log(
          outcome == Outcome.DUPLICATE ? Level.DEBUG : Level.INFO,
          "Webhook record {0} ({1}) for {2}: {3}",
          AuditText.of(recordId),
          AuditText.of(status),
          AuditText.of(content.target().gatewayMerchantOrderId()),
          outcome);
      return answer(200, acknowledgement);
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "Webhook record "
              + AuditText.of(recordId)
              + " could not be applied; CCPayment will retry",
          e);
      return answer(500, "retry");
    }
  }

  private Response applyV2(
      Instant now,
      String client,
      String headerLog,
      WebhookVerifier.Delivery delivery,
      V2DepositWebhook webhook) {
    WebhookContent content;
    boolean read = true;
    if (webhook.isWithdrawal()) {
      content = webhook.withdrawal();
      try {
        // the webhook carries no amounts: the refund follows the withdrawal's record
        refunds.withdrawalNews(webhook.target().gatewayMerchantOrderId());
      } catch (GatewayUnavailableException | GatewayRejectedException e) {
        LOG.log(
            Level.WARNING,
            "v2 withdrawal webhook {0}: the record could not be read from CCPayment ({1}); not"
                + " acknowledged, CCPayment will retry",
            AuditText.of(webhook.recordId()),
            e.getMessage());
        read = false;
      }
    } else if (!webhook.isDeposit()) {
      content = webhook.ignored();
    } else {
      try {
        content = webhook.content(v2.depositRecord(webhook.recordId()), now);
      } catch (GatewayUnavailableException | GatewayRejectedException e) {
        // kept, not acknowledged: CCPayment delivers it again, reconciliation finds the payment
        LOG.log(
            Level.WARNING,
            "v2 webhook record {0}: the record could not be read from CCPayment ({1}); not"
                + " acknowledged, CCPayment will retry",
            AuditText.of(webhook.recordId()),
            e.getMessage());
        read = false;
        content =
            new WebhookContent.Ignored(
                webhook.target(),
                "the record could not be read from CCPayment ("
                    + e.getMessage()
                    + "); not acknowledged, so CCPayment delivers it again");
      }
    }
    Response settled =
        settle(
            now,
            client,
            headerLog,
            delivery,
            content,
            webhook.recordId(),
            webhook.status(),
            "Success");
    return read ? settled : answer(503, "record not readable yet; retry");
  }

  private Response reject(
      Instant now,
      String client,
      String headerLog,
      WebhookVerifier.Delivery delivery,
      WebhookVerifier.Rejected rejected) {
    RejectionBudget.Allowance allowance = rejections.take(client, now);
    if (allowance.droppedBefore() > 0) {
      LOG.log(
          Level.WARNING,
          "{0} more rejected webhooks from {1} were neither stored nor logged (over the budget)",
          allowance.droppedBefore(),
          client);
    }
    if (allowance.keep()) {
      LOG.log(
          Level.WARNING,
          "Webhook from {0} rejected ({1}): {2}",
          client,
          rejected.status(),
          rejected.reason());
      byte[] body = delivery.body();
      try {
        payments.recordRejected(
            ReceivedWebhook.rejected(
                now,
                client,
                headerLog,
                body == null ? "" : new String(body, StandardCharsets.UTF_8),
                body == null ? null : body.length,
                rejected.reason()));
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "Could not log a rejected webhook", e);
      }
    }
    return answer(rejected.status(), rejected.reason());
  }

  /** The headers worth keeping: never the secret, and only whether a Sign was sent. */
  private static String headerLog(WebhookVerifier.Delivery delivery, HttpHeaders headers) {
    return "Appid: "
        + shorten(delivery.appId())
        + "\nTimestamp: "
        + shorten(delivery.timestamp())
        + "\nSign: "
        + (delivery.sign() == null ? "(none)" : "(present)")
        + "\nContent-Type: "
        + shorten(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
  }

  private static String shorten(String header) {
    return header == null || header.length() <= 100 ? header : header.substring(0, 100) + "…";
  }

  private static Response answer(int status, String text) {
    return Response.status(status).type(MediaType.TEXT_PLAIN).entity(text).build();
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
