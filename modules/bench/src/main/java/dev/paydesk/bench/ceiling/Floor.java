package dev.paydesk.bench.ceiling;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The floor under any design that goes to the database on every request: the ceiling's trivial
 * answer plus one statement on Paydesk's database, through a pool of the server's like Paydesk's
 * own (same driver, same sizes), in plain JDBC with autocommit: no JPA, no JTA, no JSON library.
 * What Paydesk's status read or duplicate webhook cannot beat while each reads or writes a row.
 */
@Path("db")
@ApplicationScoped
public class Floor {

  /** The pool: Paydesk's database, by the same settings Paydesk reads. */
  @DataSourceDefinition(
      name = Floor.DATASOURCE,
      className = "org.postgresql.ds.PGSimpleDataSource",
      url = "${MPCONFIG=paydesk.db.url}",
      user = "${MPCONFIG=paydesk.db.user}",
      password = "${MPCONFIG=paydesk.db.password}",
      minPoolSize = 2,
      maxPoolSize = 32)
  @Singleton
  @Startup
  public static class Pool {}

  static final String DATASOURCE = "java:app/jdbc/floor";

  @Resource(lookup = DATASOURCE)
  DataSource db;

  /** One indexed read of a checkout's status by its public id, as the status read looks it up. */
  @GET
  @Path("read/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public String read(@PathParam("id") String id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT status FROM payment_order WHERE public_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException();
        }
        return "{\"status\":\"" + r.getString(1) + "\"}";
      }
    }
  }

  /** One committed single-row INSERT (synchronous commit, as Paydesk's database runs). */
  @POST
  @Path("write")
  @Produces(MediaType.APPLICATION_JSON)
  public String write() throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO bench_floor (v) VALUES ('x')")) {
      s.executeUpdate();
      return "{\"ok\":true}";
    }
  }
}
