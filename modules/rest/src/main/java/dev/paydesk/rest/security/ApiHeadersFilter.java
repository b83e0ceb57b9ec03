package dev.paydesk.rest.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headers on every answer of the shop API. Nothing is sniffed or cached unless the resource says
 * how (the QR code revalidates by its tag), and no referrer leaves. CORS: what a buyer's browser
 * may read from a shop's own page — a checkout, its QR code, its event stream, the token list — is
 * open to any origin (read-only, no credentials, the checkout id is the only key); everything that
 * needs the shop's API key stays closed to browsers on other origins, so a key can never be used
 * from one.
 */
@Provider
public class ApiHeadersFilter implements ContainerResponseFilter {

  private static final Pattern PUBLIC_PATH =
      Pattern.compile("v1/(tokens|checkouts/[^/]+(/qr|/events)?)");
  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "no-referrer");
    if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    if (READS.contains(request.getMethod())
        && PUBLIC_PATH.matcher(request.getUriInfo().getPath()).matches()) {
      headers.putSingle("Access-Control-Allow-Origin", "*");
    }
  }
}
