package dev.paydesk.rest.token;

import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.rest.security.ShopApiKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The tokens buyers can pay with now (from CCPayment, cached), and what a price is in one. */
@Path("v1/tokens")
public class TokenResource {

  @Inject TokenCatalog tokens;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response usable() {
    List<TokenResponse> usable = tokens.usable().stream().map(TokenResponse::of).toList();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    return Response.ok(usable).cacheControl(cache).build();
  }

  /**
   * A quote: what a USD price is in a token now.
   *
   * @param tokenPrice one token's price in USD
   * @param amount what the price is in the token
   */
  public record QuoteResponse(
      String tokenId, String price, String currency, String tokenPrice, String amount) {}

  @GET
  @Path("{id}/quote")
  @ShopApiKey
  @Produces(MediaType.APPLICATION_JSON)
  public QuoteResponse quote(@PathParam("id") String tokenId, @QueryParam("price") String price) {
    BigDecimal usd;
    try {
      usd = price == null ? null : new BigDecimal(price.trim());
    } catch (NumberFormatException e) {
      throw new InvalidCheckoutException("price", "must be a number such as 19.99");
    }
    TokenQuote quote = tokens.quote(tokenId, usd);
    return new QuoteResponse(
        tokenId,
        usd.setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
        CheckoutTerms.DEFAULT_CURRENCY,
        quote.tokenPrice().stripTrailingZeros().toPlainString(),
        quote.amount().stripTrailingZeros().toPlainString());
  }
}
