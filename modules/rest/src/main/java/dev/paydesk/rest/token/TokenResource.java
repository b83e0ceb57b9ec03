package dev.paydesk.rest.token;

import dev.paydesk.application.token.TokenCatalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tokens buyers can pay with now (from CCPayment, cached). */
@Path("v1/tokens")
@Tag(name = "Tokens")
public class TokenResource {

  @Inject TokenCatalog tokens;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Usable tokens: coin and network pairs a checkout can ask for")
  public Response usable() {
    List<TokenResponse> usable = tokens.usable().stream().map(TokenResponse::of).toList();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    return Response.ok(usable).cacheControl(cache).build();
  }
}
