package dev.paydesk.example.shop;

import dev.paydesk.client.api.Checkout;
import dev.paydesk.client.api.NewCheckout;
import dev.paydesk.client.api.PaydeskApi;
import dev.paydesk.client.api.PaydeskClients;
import dev.paydesk.client.api.PaydeskProblem;
import dev.paydesk.client.api.Token;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The product page, buying, and the order page. */
@Path("")
@RequestScoped
public class ShopPages {

  @Inject @RestClient PaydeskApi paydesk;

  @Inject Orders orders;

  @Inject
  @ConfigProperty(name = "shop.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "shop.product.name")
  String product;

  @Inject
  @ConfigProperty(name = "shop.product.price")
  BigDecimal price;

  @Inject
  @ConfigProperty(name = "shop.product.currency")
  String currency;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public String productPage() {
    List<Token> tokens = paydesk.tokens();
    StringBuilder options = new StringBuilder();
    for (Token t : tokens) {
      options
          .append("<option value=\"")
          .append(Html.escape(t.tokenId()))
          .append("\">")
          .append(Html.escape(t.crypto() + " on " + t.network()))
          .append("</option>");
    }
    return Html.page(
        product,
        false,
        "<section class=card><div class=mug aria-hidden=true>&#9749;</div><h1>"
            + Html.escape(product)
            + "</h1><p class=price>"
            + Html.escape(price.toPlainString() + " " + currency)
            + "</p><form method=post action=\"buy\"><label for=token>Pay with</label>"
            + "<select id=token name=tokenId>"
            + options
            + "</select><button id=buy type=submit>Pay with crypto</button></form></section>");
  }

  @POST
  @Path("buy")
  @Produces(MediaType.TEXT_HTML)
  public Response buy(@FormParam("tokenId") String tokenId) {
    ShopOrder order = orders.place(product, price, currency, tokenId);
    try {
      // the order id as the Idempotency-Key: a retried or doubled click never makes two checkouts
      Checkout checkout =
          PaydeskClients.create(
              paydesk,
              order.getId(),
              NewCheckout.of(order.getId(), price, currency, tokenId)
                  .returningTo(publicUrl + "orders/" + order.getId()));
      orders.awaitingPayment(order.getId(), checkout.id(), checkout.checkoutUrl().toString());
      return Response.seeOther(checkout.checkoutUrl()).build();
    } catch (PaydeskProblem problem) {
      return Response.status(problem.status() >= 500 ? 502 : 400)
          .entity(
              Html.page(
                  "Cannot take payment",
                  false,
                  "<section class=card><h1>Cannot take payment now</h1><p>"
                      + Html.escape(problem.title())
                      + (problem.detail() == null ? "" : ": " + Html.escape(problem.detail()))
                      + "</p><p><a href=\"./\">Back to the shop</a></p></section>"))
          .build();
    }
  }

  @GET
  @Path("orders/{id}")
  @Produces(MediaType.TEXT_HTML)
  public Response orderPage(@PathParam("id") String id) {
    return orders
        .find(id)
        .map(
            order -> {
              boolean waiting = order.getStatus() == ShopOrder.Status.AWAITING_PAYMENT;
              String payment = "";
              if (order.getCheckoutId() != null) {
                Checkout checkout = paydesk.checkout(order.getCheckoutId());
                payment =
                    "<dt>Payment</dt><dd id=payment>"
                        + Html.escape(
                            paymentWords(checkout.status())
                                + (checkout.amountPaid() == null
                                    ? ""
                                    : ", "
                                        + checkout.amountPaid().toPlainString()
                                        + " of "
                                        + checkout.cryptoAmount().toPlainString()
                                        + " "
                                        + checkout.crypto()
                                        + " received"))
                        + "</dd>";
              }
              String body =
                  "<section class=card><h1>Order "
                      + Html.escape(order.getId())
                      + "</h1><p id=status class=\"status "
                      + order.getStatus().name().toLowerCase()
                      + "\">"
                      + Html.escape(statusText(order))
                      + "</p><dl><dt>Item</dt><dd>"
                      + Html.escape(order.getProduct())
                      + "</dd><dt>Price</dt><dd>"
                      + Html.escape(order.getPrice().toPlainString() + " " + order.getCurrency())
                      + "</dd>"
                      + payment
                      + "<dt>Shipped</dt><dd id=shipments>"
                      + order.getShipments()
                      + (order.getShipments() == 1 ? " time" : " times")
                      + "</dd></dl>"
                      + (waiting && order.getCheckoutUrl() != null
                          ? "<p><a id=pay href=\""
                              + Html.escape(order.getCheckoutUrl())
                              + "\">Go to the payment page</a></p>"
                          : "")
                      + "<p><a href=\"../\">Back to the shop</a></p></section>";
              return Response.ok(Html.page("Order " + order.getId(), waiting, body)).build();
            })
        .orElse(
            Response.status(404)
                .entity(Html.page("No such order", false, "<h1>No such order</h1>"))
                .build());
  }

  /** Paydesk's status in words a buyer reads ("AWAITING_PAYMENT": "Awaiting payment"). */
  static String paymentWords(String status) {
    String words = status.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String statusText(ShopOrder order) {
    return switch (order.getStatus()) {
      case NEW -> "Placed";
      case AWAITING_PAYMENT -> "Waiting for your payment";
      case PAID -> "Paid, and on its way";
      case EXPIRED -> "Not paid in time";
    };
  }

  /** The order as JSON, for scripts and the end-to-end test. */
  @GET
  @Path("api/orders/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response orderJson(@PathParam("id") String id) {
    return orders
        .find(id)
        .<Response>map(
            o -> {
              JsonObject json =
                  Json.createObjectBuilder()
                      .add("id", o.getId())
                      .add("status", o.getStatus().name())
                      .add("shipments", o.getShipments())
                      .add("confirmationSent", o.isConfirmationSent())
                      .add("checkoutId", o.getCheckoutId() == null ? "" : o.getCheckoutId())
                      .build();
              return Response.ok(json).build();
            })
        .orElse(Response.status(404).build());
  }
}
