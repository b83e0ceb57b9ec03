package dev.paydesk.rest.contract;

import dev.paydesk.rest.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shop API's contract: {@code dev/paydesk/rest/openapi.yaml}, written by hand and held to the
 * real answers by the contract test, served as it is with one change, its server: the merchant's
 * {@code paydesk.public-url} (never the request's Host). Payara's own {@code /openapi} is turned
 * off: it adds a key of its own that OpenAPI does not allow.
 */
@ApplicationScoped
@Path("openapi.yaml")
public class OpenApiResource {

  static final String DOCUMENT = "/dev/paydesk/rest/openapi.yaml";
  static final String SERVER_LINE = "  - url: /paydesk\n";

  @Inject PublicLinks links;

  private volatile String document;

  @GET
  @Produces("application/yaml;charset=utf-8")
  public Response contract() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(document()).cacheControl(cache).build();
  }

  String document() {
    String doc = document;
    if (doc == null) {
      doc = withServer(read(), links.publicUrl());
      document = doc;
    }
    return doc;
  }

  /** The document with its one server set to {@code publicUrl}. */
  static String withServer(String document, String publicUrl) {
    if (!document.contains(SERVER_LINE)) {
      throw new IllegalStateException(DOCUMENT + " has no '" + SERVER_LINE.strip() + "' line");
    }
    String server =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return document.replace(SERVER_LINE, "  - url: " + server + "\n");
  }

  static String read() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
