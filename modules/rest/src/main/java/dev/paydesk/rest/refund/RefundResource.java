package dev.paydesk.rest.refund;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.refund.RefundFlow;
import dev.paydesk.application.refund.RefundJson;
import dev.paydesk.application.refund.RefundService;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.rest.PublicLinks;
import dev.paydesk.rest.checkout.CheckoutResource;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A checkout's refunds, for the shop backend (its API key): ask for one, read them, cancel one that
 * has not gone out. A refund is the same document here as in the {@code checkout.refund_*} events.
 */
@ApplicationScoped
@Path("v1/checkouts/{id}/refunds")
public class RefundResource {

  private static final JsonProvider JSONP = JsonProvider.provider();

  @Inject RefundFlow flow;

  @Inject RefundService refunds;

  @Inject OrderReadService reads;

  @Inject PublicLinks links;

  @POST
  @ShopApiKey
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response ask(
      @PathParam("id") String id,
      @HeaderParam(CheckoutResource.IDEMPOTENCY_KEY) String idempotencyKey,
      CreateRefundRequest request) {
    if (request == null) {
      throw CreateRefundRequest.invalid("body", "a JSON object with the refund is required");
    }
    CheckoutResource.requireValidKey(idempotencyKey);
    CheckoutView checkout = find(id);
    Refund refund =
        flow.ask(
            request.toRequest(new CheckoutId(checkout.id()), chainOf(checkout), idempotencyKey),
            EventSource.SHOP,
            "shop");
    return Response.created(
            links.api().resolve("v1/checkouts/" + checkout.id() + "/refunds/" + refund.id()))
        .entity(RefundJson.of(refund))
        .build();
  }

  @GET
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonArray list(@PathParam("id") String id) {
    JsonArrayBuilder all = JSONP.createArrayBuilder();
    refunds.ofCheckout(new CheckoutId(find(id).id())).forEach(r -> all.add(RefundJson.of(r)));
    return all.build();
  }

  @GET
  @Path("network-fee")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject networkFee(@PathParam("id") String id) {
    CheckoutView checkout = find(id);
    if (checkout.crypto() == null) {
      throw new ProblemException(
          Problem.of(
              ProblemType.REFUND_WRONG_STATE,
              "Nothing to refund",
              409,
              "Checkout " + checkout.id() + " has no pay address: nothing was paid to it."));
    }
    var fee = flow.networkFee(checkout.crypto(), chainOf(checkout));
    return JSONP
        .createObjectBuilder()
        .add("amount", fee.amount().stripTrailingZeros().toPlainString())
        .add("crypto", fee.coinSymbol())
        .build();
  }

  @GET
  @Path("{refundId}")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject get(@PathParam("id") String id, @PathParam("refundId") String refundId) {
    return RefundJson.of(refund(id, refundId));
  }

  @POST
  @Path("{refundId}/cancel")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject cancel(@PathParam("id") String id, @PathParam("refundId") String refundId) {
    Refund refund = refund(id, refundId);
    return RefundJson.of(flow.cancel(refund.id(), EventSource.SHOP, "shop"));
  }

  @POST
  @Path("{refundId}/retry")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject retry(@PathParam("id") String id, @PathParam("refundId") String refundId) {
    Refund refund = refund(id, refundId);
    return RefundJson.of(flow.retry(refund.id(), EventSource.SHOP, "shop"));
  }

  @POST
  @Path("{refundId}/buyer-link")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject buyerLink(@PathParam("id") String id, @PathParam("refundId") String refundId) {
    Refund refund = refund(id, refundId);
    RefundService.BuyerLink link = refunds.newBuyerLink(refund.id(), EventSource.SHOP, "shop");
    return JSONP
        .createObjectBuilder()
        .add("url", link.url(links.publicUrl()))
        .add("expiresAt", link.expiresAt().toString())
        .build();
  }

  private Refund refund(String id, String refundId) {
    CheckoutView checkout = find(id);
    return refunds
        .find(refundId)
        .filter(r -> r.checkoutId().equals(checkout.id()))
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        ProblemType.REFUND_NOT_FOUND,
                        "No such refund",
                        404,
                        "Checkout "
                            + checkout.id()
                            + " has no refund "
                            + shorten(refundId)
                            + ".")));
  }

  /** The chain the checkout's money came on, where a refund to an address goes back. */
  private static String chainOf(CheckoutView checkout) {
    return checkout.chain() != null ? checkout.chain() : checkout.network();
  }

  private CheckoutView find(String id) {
    return CheckoutId.parse(id)
        .flatMap(reads::checkout)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        ProblemType.CHECKOUT_NOT_FOUND,
                        "No such checkout",
                        404,
                        "No checkout has the id " + shorten(id) + ".")));
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
