package dev.paydesk.rest.checkout;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.shopevent.CheckoutDocument;
import dev.paydesk.rest.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The checkout as the API answers it ({@link CheckoutResponse}, JSON-B with its defaults as JAX-RS
 * uses them), for the events sent to the shop; links are made from {@code paydesk.public-url}.
 */
@ApplicationScoped
public class JsonCheckoutDocument implements CheckoutDocument {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject PublicLinks links;

  @Inject GatewayMode mode;

  @Override
  public String json(CheckoutView checkout) {
    return JSONB.toJson(CheckoutResponse.of(checkout, links.api(), mode.isLive()));
  }
}
