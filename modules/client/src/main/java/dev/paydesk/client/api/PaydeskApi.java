package dev.paydesk.client.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Paydesk's shop API, typed. In a Jakarta EE or MicroProfile server:
 *
 * <pre>{@code
 * @Inject @RestClient PaydeskApi paydesk;
 * // microprofile-config.properties: paydesk/mp-rest/url=https://pay.example.com/paydesk/api
 * // and the key as paydesk.api-key (environment PAYDESK_API_KEY, or a password alias)
 * }</pre>
 *
 * In plain Java SE: {@link PaydeskClients#connect}. Every refusal is a {@link PaydeskProblem}.
 * Calls that change something take an {@code Idempotency-Key}: send the same key again after a
 * time-out or a crash and Paydesk answers with what the first call made.
 */
@RegisterRestClient(configKey = "paydesk")
@RegisterProvider(ProblemMapper.class)
@RegisterProvider(ApiKey.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PaydeskApi {

  /** The header that makes a creation safe to send again. */
  String IDEMPOTENCY_KEY = "Idempotency-Key";

  /**
   * Creates a checkout (a payment order at CCPayment with its pay address). Answers {@code
   * checkout-in-progress} (409, Retry-After) while an identical request is being handled: {@link
   * PaydeskClients#create} waits that out.
   */
  @POST
  @Path("v1/checkouts")
  @Consumes(MediaType.APPLICATION_JSON)
  Checkout createCheckout(
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, NewCheckout checkout);

  /** A checkout's current state (public: the checkout id is its own secret). */
  @GET
  @Path("v1/checkouts/{id}")
  Checkout checkout(@PathParam("id") String id);

  /** Checkouts found by status, merchant order id, token, time or any of their ids, a page. */
  @GET
  @Path("v1/checkouts")
  CheckoutPage checkouts(@BeanParam CheckoutSearch search);

  /** Everything that happened to the checkout, oldest first. */
  @GET
  @Path("v1/checkouts/{id}/timeline")
  List<TimelineEntry> timeline(@PathParam("id") String id);

  /** Asks CCPayment now, and applies any payment a webhook missed. */
  @POST
  @Path("v1/checkouts/{id}/reconcile")
  Checkout reconcile(@PathParam("id") String id);

  /** The events sent to the shop about the checkout, each with every attempt. */
  @GET
  @Path("v1/checkouts/{id}/shop-events")
  List<ShopEventDelivery> shopEvents(@PathParam("id") String id);

  /** Sends an event again, now, to every endpoint: the same id and body. */
  @POST
  @Path("v1/checkouts/{id}/shop-events/{eventId}/redeliver")
  List<ShopEventDelivery> redeliverShopEvent(
      @PathParam("id") String id, @PathParam("eventId") String eventId);

  /** The tokens a checkout can ask for now. */
  @GET
  @Path("v1/tokens")
  List<Token> tokens();

  /** What a USD price is in a token now. */
  @GET
  @Path("v1/tokens/{tokenId}/quote")
  Quote quote(@PathParam("tokenId") String tokenId, @QueryParam("price") BigDecimal price);

  /** Asks for a refund; the same key again answers the same refund. */
  @POST
  @Path("v1/checkouts/{id}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  Refund askRefund(
      @PathParam("id") String checkoutId,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      NewRefund refund);

  /** A checkout's refunds. */
  @GET
  @Path("v1/checkouts/{id}/refunds")
  List<Refund> refunds(@PathParam("id") String checkoutId);

  @GET
  @Path("v1/checkouts/{id}/refunds/{refundId}")
  Refund refund(@PathParam("id") String checkoutId, @PathParam("refundId") String refundId);

  /** CCPayment's network fee now for a refund of this checkout to an address. */
  @GET
  @Path("v1/checkouts/{id}/refunds/network-fee")
  Refund.NetworkFee refundNetworkFee(@PathParam("id") String checkoutId);

  /** Sends a FAILED refund again, as its next attempt. */
  @POST
  @Path("v1/checkouts/{id}/refunds/{refundId}/retry")
  Refund retryRefund(@PathParam("id") String checkoutId, @PathParam("refundId") String refundId);

  /** Cancels a refund that has not gone out. */
  @POST
  @Path("v1/checkouts/{id}/refunds/{refundId}/cancel")
  Refund cancelRefund(@PathParam("id") String checkoutId, @PathParam("refundId") String refundId);

  /** A one-use link for the buyer to give the address a refund awaits. */
  @POST
  @Path("v1/checkouts/{id}/refunds/{refundId}/buyer-link")
  Refund.BuyerLink refundBuyerLink(
      @PathParam("id") String checkoutId, @PathParam("refundId") String refundId);
}
