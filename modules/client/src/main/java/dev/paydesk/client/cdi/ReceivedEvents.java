package dev.paydesk.client.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The event ids a shop has taken, in its own database ({@value #DATASOURCE}, the server's default
 * datasource unless named), in table {@value #TABLE}: written in the same transaction as the
 * observers' work, so an event is taken exactly when that work commits. The table is made on first
 * use; a shop that manages its schema makes it itself:
 *
 * <pre>{@code
 * CREATE TABLE paydesk_received_event (
 *   event_id VARCHAR(64) PRIMARY KEY, event_type VARCHAR(64) NOT NULL,
 *   received_at TIMESTAMP NOT NULL)
 * }</pre>
 */
@ApplicationScoped
public class ReceivedEvents {

  /** The JNDI name of the datasource to keep event ids in. */
  public static final String DATASOURCE = "paydesk.shop-events.datasource";

  static final String TABLE = "paydesk_received_event";

  @Inject Config config;

  private volatile DataSource dataSource;

  /** Whether the event was taken before (and its observers' work committed). */
  public boolean taken(String eventId) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE event_id = ?")) {
      select.setString(1, eventId);
      try (var rows = select.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + TABLE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Takes the event in the caller's transaction. A second delivery taking it at the same moment
   * waits on the key and then fails: its answer is an error, and Paydesk's next delivery finds it
   * taken.
   */
  public void take(String eventId, String type, Instant at) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO " + TABLE + " (event_id, event_type, received_at) VALUES (?, ?, ?)")) {
      insert.setString(1, eventId);
      insert.setString(2, type);
      insert.setTimestamp(3, Timestamp.from(at));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take event " + eventId + ": " + e.getMessage(), e);
    }
  }

  private DataSource dataSource() {
    DataSource ds = dataSource;
    if (ds == null) {
      synchronized (this) {
        if (dataSource == null) {
          String name =
              config
                  .getOptionalValue(DATASOURCE, String.class)
                  .orElse("java:comp/DefaultDataSource");
          try {
            DataSource found = javax.naming.InitialContext.doLookup(name);
            createTable(found);
            dataSource = found;
          } catch (NamingException e) {
            throw new IllegalStateException("no datasource " + name + " (" + DATASOURCE + ")", e);
          }
        }
        ds = dataSource;
      }
    }
    return ds;
  }

  private static void createTable(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement ddl = c.createStatement()) {
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (event_id VARCHAR(64) PRIMARY KEY, event_type VARCHAR(64) NOT NULL,"
              + " received_at TIMESTAMP NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot make table " + TABLE + ": " + e.getMessage(), e);
    }
  }
}
