package dev.paydesk.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The machine's ceiling: the most trivial JAX-RS answer, deployed as a WAR of its own next to
 * Paydesk on the same Payara Micro, so every ratio compares with what this server can do at all.
 */
@ApplicationPath("/")
public class CeilingApplication extends Application {

  /** Answers a constant. */
  @Path("ping")
  public static class Ping {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
      return "{\"ok\":true}";
    }
  }
}
