package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.shopevent.CheckoutDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The checkout as the API answers it ({@link CheckoutResponse}, JSON-B with its defaults as JAX-RS
 * uses them), for the events sent to the shop; links are made from {@code paydesk.public-url}.
 */
@ApplicationScoped
public class JsonCheckoutDocument implements CheckoutDocument {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "paydesk.public-url")
  String publicUrl;

  @Override
  public String json(CheckoutView checkout) {
    return JSONB.toJson(CheckoutResponse.of(checkout, URI.create(publicUrl + "/api/")));
  }
}
