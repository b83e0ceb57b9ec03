package dev.paydesk.rest.checkout;

import dev.paydesk.application.checkout.CheckoutResult;
import dev.paydesk.application.checkout.CheckoutService;
import dev.paydesk.application.payment.GatewaySync;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checkouts: created by the shop backend, read by anyone holding the unguessable id. */
@Path("v1/checkouts")
@Tag(name = "Checkouts")
public class CheckoutResource {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

  @Inject CheckoutService checkouts;

  @Inject CheckoutEvents events;

  @Inject GatewaySync sync;

  @Inject Clock clock;

  @Context UriInfo uri;

  @POST
  @ShopApiKey
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "shopApiKey")
  @Operation(summary = "Create a checkout: a CCPayment payment order with its pay address")
  @APIResponse(
      responseCode = "201",
      description = "Created (or the same checkout again for a retried Idempotency-Key)",
      content = @Content(schema = @Schema(implementation = CheckoutResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "Invalid terms, or Idempotency-Key reused with other terms")
  @APIResponse(
      responseCode = "503",
      description = "CCPayment unavailable; retry with the same Idempotency-Key")
  public Response create(
      @Parameter(description = "Makes retries safe: same key and body give the same checkout")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      CreateCheckoutRequest request) {
    if (request == null) {
      throw new InvalidCheckoutException(
          "body", "a JSON object with the checkout's terms is required");
    }
    if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
      throw new ProblemException(
          Problem.of(
              "invalid-idempotency-key",
              "Invalid Idempotency-Key",
              400,
              "An Idempotency-Key is 1 to 255 visible ASCII characters (a UUID is ideal)."));
    }
    CheckoutResult result =
        checkouts.create(request.toTerms(), Optional.ofNullable(idempotencyKey));
    CheckoutResponse body = CheckoutResponse.of(result.order(), uri);
    return Response.created(body.statusUrl())
        .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
        .entity(body)
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A checkout's current state (public: for the buyer's checkout page)")
  public CheckoutResponse get(@PathParam("id") String id) {
    return CheckoutResponse.of(find(id), uri);
  }

  /**
   * One timeline entry: what happened, when, caused by whom; {@code notificationId} links the raw
   * webhook.
   */
  public record TimelineView(
      Instant at,
      String kind,
      String source,
      String fromStatus,
      String toStatus,
      String detail,
      Long notificationId) {}

  @GET
  @Path("{id}/timeline")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "shopApiKey")
  @Operation(summary = "Everything that happened to the checkout, oldest first")
  public List<TimelineView> timeline(@PathParam("id") String id) {
    return checkouts.timeline(find(id).publicId()).orElseThrow().stream()
        .map(
            e ->
                new TimelineView(
                    e.occurredAt(),
                    e.kind().name(),
                    e.source().name(),
                    e.fromStatus().map(Enum::name).orElse(null),
                    e.toStatus().map(Enum::name).orElse(null),
                    e.detail().orElse(null),
                    e.notificationId().orElse(null)))
        .toList();
  }

  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Status changes as server-sent events (event 'status', data {id, status, previousStatus})")
  public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
    Order order = find(id);
    events.subscribe(order.publicId().value(), order.status().name(), sink, sse);
  }

  @POST
  @Path("{id}/reconcile")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "shopApiKey")
  @Operation(
      summary =
          "Check now: ask CCPayment about this checkout and apply any payment a webhook missed")
  @APIResponse(responseCode = "503", description = "CCPayment unavailable; nothing changed")
  public CheckoutResponse reconcile(@PathParam("id") String id) {
    CheckoutId checkoutId = find(id).publicId();
    return CheckoutResponse.of(sync.reconcile(checkoutId, clock.instant()).orElseThrow(), uri);
  }

  @GET
  @Path("{id}/qr")
  @Produces("image/png")
  @Operation(summary = "QR code of the pay address (PNG)")
  public Response qr(@PathParam("id") String id) {
    Order order = find(id);
    if (!order.status().isPayable()) {
      throw new ProblemException(
          Problem.of(
              "not-payable",
              "This checkout has no pay address",
              409,
              "The checkout is " + order.status() + "."));
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(PaymentQrCode.png(PaymentQrCode.content(order)), "image/png")
        .cacheControl(cache)
        .build();
  }

  private Order find(String id) {
    return CheckoutId.parse(id)
        .flatMap(checkouts::find)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        "checkout-not-found",
                        "No such checkout",
                        404,
                        "No checkout has the id "
                            + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                            + ".")));
  }
}
