package dev.paydesk.rest.checkout;

import dev.paydesk.application.access.ClientAddresses;
import dev.paydesk.application.checkout.CheckoutCreationService;
import dev.paydesk.application.checkout.CheckoutResult;
import dev.paydesk.application.checkout.CheckoutSettings;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.order.Actor;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.application.reconciliation.ReconciliationService;
import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.application.shopevent.ShopEventView;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.rest.PublicLinks;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checkouts: created by the shop backend, read by anyone holding the unguessable id. One instance
 * for all requests (its request's {@code UriInfo} is a per-request proxy): the status read buyers'
 * pages poll does not build and inject a resource each time.
 */
@ApplicationScoped
@Path("v1/checkouts")
public class CheckoutResource {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

  @Inject CheckoutCreationService creation;

  @Inject CheckoutSettings checkoutSettings;

  @Inject OrderReadService reads;

  @Inject CheckoutEvents events;

  @Inject ReconciliationService reconciliation;

  @Inject ShopEventService shopEvents;

  @Inject Clock clock;

  @Inject QrImages qrImages;

  @Context UriInfo uri;

  @Inject PublicLinks links;

  @Inject ClientAddresses clients;

  @Context jakarta.servlet.http.HttpServletRequest request;

  @Inject GatewayMode mode;

  @POST
  @ShopApiKey
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, CreateCheckoutRequest request) {
    if (request == null) {
      throw new InvalidCheckoutException(
          "body", "a JSON object with the checkout's terms is required");
    }
    requireValidKey(idempotencyKey);
    CheckoutResult result =
        creation.create(
            request.toTerms(checkoutSettings.validPeriod()), Optional.ofNullable(idempotencyKey));
    CheckoutResponse body = response(result.checkout());
    return Response.created(body.statusUrl())
        .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
        .entity(body)
        .build();
  }

  @GET
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public CheckoutListResponse list(
      @QueryParam("status") List<String> status,
      @QueryParam("merchantOrderId") String merchantOrderId,
      @QueryParam("q") String text,
      @QueryParam("tokenId") String tokenId,
      @QueryParam("createdFrom") String createdFrom,
      @QueryParam("createdBefore") String createdBefore,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ResultPage<CheckoutView> found =
        reads.search(
            new CheckoutSearchRequest(
                    status,
                    merchantOrderId,
                    text,
                    tokenId,
                    createdFrom,
                    createdBefore,
                    sort,
                    page,
                    size)
                .toSearch());
    return new CheckoutListResponse(
        found.items().stream().map(this::response).toList(),
        found.page(),
        found.size(),
        found.total(),
        found.hasNext() ? links.page(uri, found.page() + 1) : null,
        mode.isLive());
  }

  private CheckoutResponse response(CheckoutView checkout) {
    return CheckoutResponse.of(checkout, links.api(), mode.isLive());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckoutResponse get(@PathParam("id") String id) {
    return response(find(id));
  }

  /**
   * One timeline entry: what happened, when, caused by whom; {@code webhookUrl} serves the raw
   * webhook behind it and {@code recordId} is CCPayment's id of the transaction it is about.
   */
  public record TimelineResponse(
      int entryNo,
      Instant at,
      String kind,
      String source,
      String fromStatus,
      String toStatus,
      String detail,
      Long webhookId,
      URI webhookUrl,
      String recordId,
      String actor) {}

  @GET
  @Path("{id}/timeline")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public List<TimelineResponse> timeline(@PathParam("id") String id) {
    return CheckoutId.parse(id).flatMap(reads::timeline).orElseThrow(() -> notFound(id)).stream()
        .map(this::timelineEntry)
        .toList();
  }

  private TimelineResponse timelineEntry(TimelineEntryView e) {
    return new TimelineResponse(
        e.entryNo(),
        e.at(),
        e.kind().name(),
        e.source().name(),
        e.fromStatus() == null ? null : e.fromStatus().name(),
        e.toStatus() == null ? null : e.toStatus().name(),
        e.detail(),
        e.webhookId(),
        e.webhookId() == null
            ? null
            : UriBuilder.fromUri(links.api()).path("v1/webhooks/{id}").build(e.webhookId()),
        e.recordId(),
        e.actor());
  }

  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
    String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    events.subscribe(id, client, () -> find(id), sink, sse);
  }

  @POST
  @Path("{id}/reconcile")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public CheckoutResponse reconcile(@PathParam("id") String id) {
    CheckoutId checkoutId = new CheckoutId(find(id).id());
    return response(
        reconciliation
            .checkNow(checkoutId, clock.instant(), Actor.shop())
            .orElseThrow(() -> notFound(id)));
  }

  @GET
  @Path("{id}/shop-events")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public List<ShopEventView> shopEvents(@PathParam("id") String id) {
    return shopEvents.ofCheckout(find(id).id());
  }

  @POST
  @Path("{id}/shop-events/{eventId}/redeliver")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public List<ShopEventView> redeliver(
      @PathParam("id") String id, @PathParam("eventId") String eventId) {
    List<ShopEventView> queued =
        shopEvents.redeliver(find(id).id(), eventId, clock.instant(), Actor.shop());
    if (queued.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              ProblemType.SHOP_EVENT_NOT_FOUND,
              "No such event",
              404,
              "Checkout "
                  + id
                  + " has no event "
                  + (eventId.length() > 40 ? eventId.substring(0, 40) + "…" : eventId)
                  + "."));
    }
    return queued;
  }

  @GET
  @Path("{id}/qr")
  @Produces("image/png")
  public Response qr(@PathParam("id") String id, @Context Request request) {
    Optional<QrImages.Kept> kept = qrImages.of(id);
    if (kept.isPresent()) {
      return qrAnswer(kept.get().content(), kept.get().png(), request);
    }
    CheckoutView checkout = find(id);
    if (!checkout.payable()) {
      throw new ProblemException(
          Problem.of(
              ProblemType.NOT_PAYABLE,
              "This checkout has no pay address",
              409,
              "The checkout is " + checkout.status() + "."));
    }
    String content = PaymentQrCode.content(checkout);
    byte[] png = qrImages.png(content);
    if (PaymentQrCode.fixedWhilePayable(checkout)) {
      qrImages.keep(checkout.id(), content, png);
    }
    return qrAnswer(content, png, request);
  }

  /**
   * What it encodes changes when an underpaid BTC order asks for its remainder: revalidate by tag.
   */
  private static Response qrAnswer(String content, byte[] png, Request request) {
    EntityTag tag = new EntityTag(Integer.toHexString(content.hashCode()));
    CacheControl cache = new CacheControl();
    cache.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(cache).build();
    }
    return Response.ok(png, "image/png").tag(tag).cacheControl(cache).build();
  }

  /**
   * @throws ProblemException (400) an Idempotency-Key that is not 1 to 255 visible ASCII characters
   */
  public static void requireValidKey(String idempotencyKey) {
    if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
      throw new ProblemException(
          Problem.of(
              ProblemType.INVALID_IDEMPOTENCY_KEY,
              "Invalid Idempotency-Key",
              400,
              "An Idempotency-Key is 1 to 255 visible ASCII characters (a UUID is ideal)."));
    }
  }

  private CheckoutView find(String id) {
    return CheckoutId.parse(id).flatMap(reads::checkout).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(String id) {
    return new ProblemException(
        Problem.of(
            ProblemType.CHECKOUT_NOT_FOUND,
            "No such checkout",
            404,
            "No checkout has the id " + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "."));
  }
}
