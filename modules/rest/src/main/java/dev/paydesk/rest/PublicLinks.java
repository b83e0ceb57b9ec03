package dev.paydesk.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every link Paydesk hands out (checkout, status, QR, pages of a list, webhooks) starts at {@code
 * paydesk.public-url}, never at the request's scheme and {@code Host}: a request sent with {@code
 * Host: evil.example} must not make Paydesk hand a shop or a buyer a link elsewhere.
 */
@ApplicationScoped
public class PublicLinks {

  private URI api;
  private String publicUrl;

  protected PublicLinks() {
    // for CDI proxies
  }

  @Inject
  public PublicLinks(@ConfigProperty(name = "paydesk.public-url") String publicUrl) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.publicUrl = base;
    this.api = URI.create(base + "api/");
  }

  /** {@code paydesk.public-url}, ending in {@code /}. */
  public String publicUrl() {
    return publicUrl;
  }

  /** The API's root, {@code <public-url>/api/}. */
  public URI api() {
    return api;
  }

  /** The next page of a list: the request's own path and query, on the public root. */
  public URI page(UriInfo request, int page) {
    return UriBuilder.fromUri(api)
        .path(request.getPath())
        .replaceQuery(request.getRequestUri().getRawQuery())
        .replaceQueryParam("page", page)
        .build();
  }
}
