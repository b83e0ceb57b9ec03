package dev.paydesk.client.cdi;

import dev.paydesk.client.event.ShopEventRefused;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shop's endpoint for Paydesk's events: extend it with a path, and tell Paydesk its URL.
 *
 * <pre>{@code
 * @Path("paydesk-events")
 * public class PaydeskEvents extends ShopEventResource {}
 *
 * // elsewhere, any CDI bean:
 * void fulfil(@Observes CheckoutPaid paid) { orders.ship(paid.merchantOrderId()); }
 * }</pre>
 *
 * Answers 200 once every observer finished (or for an event taken before), 400 for a delivery that
 * is not Paydesk's or is too old, and 500 when an observer failed: Paydesk then delivers the event
 * again later, so a shop that crashes or fails mid-way loses nothing and acts once.
 */
public abstract class ShopEventResource {

  private static final Logger LOG = Logger.getLogger(ShopEventResource.class.getName());

  @Inject ShopEventReceiver receiver;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(byte[] rawBody, @Context HttpHeaders headers) {
    try {
      ShopEventReceiver.Outcome outcome = receiver.receive(rawBody, headers::getHeaderString);
      return Response.ok(Json.createObjectBuilder().add("outcome", outcome.name()).build()).build();
    } catch (ShopEventRefused refused) {
      LOG.log(Level.WARNING, "Refused a shop event: {0}", refused.getMessage());
      return Response.status(400)
          .type("application/problem+json")
          .entity(
              Json.createObjectBuilder()
                  .add("type", "urn:paydesk:shop:event-refused")
                  .add("title", "Shop event refused")
                  .add("status", 400)
                  .add("reason", refused.reason().name())
                  .add("detail", refused.getMessage())
                  .build())
          .build();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "A shop event was not taken; Paydesk will deliver it again", failed);
      return Response.serverError()
          .type(MediaType.APPLICATION_JSON)
          .entity(
              Json.createObjectBuilder()
                  .add("outcome", "FAILED")
                  .add("error", failed.getClass().getSimpleName())
                  .build())
          .build();
    }
  }
}
