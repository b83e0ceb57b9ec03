package dev.paydesk.persistence.relay;

import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.application.payment.StatusChangedElsewhere;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.persistence.schema.FlywayMigrator;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries status changes to the other instances on the same PostgreSQL, with what the database
 * already offers: each change sends {@code NOTIFY paydesk_status} in its own transaction (so it is
 * heard only if it commits), and every instance keeps one connection that {@code LISTEN}s and fires
 * {@link StatusChangedElsewhere} for the changes other instances made. On H2 (one instance) it does
 * nothing. A listener that loses its connection reconnects; what was sent meanwhile is lost for
 * live listeners only (the page also polls; nothing of the money path depends on it).
 */
@ApplicationScoped
public class PostgresStatusRelay {

  static final String CHANNEL = "paydesk_status";
  private static final Logger LOG = Logger.getLogger(PostgresStatusRelay.class.getName());

  @PersistenceContext(unitName = "paydesk")
  EntityManager em;

  @Resource(lookup = FlywayMigrator.DATASOURCE_IN_USE)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject Event<StatusChangedElsewhere> elsewhere;

  /** This instance, so that it does not hear its own changes twice. */
  private final String instance = UUID.randomUUID().toString();

  private volatile boolean postgres;
  private volatile boolean running;
  private Thread listener;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try (Connection connection = dataSource.getConnection()) {
      postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot tell the database; status changes stay on this instance", e);
    }
    if (postgres) {
      running = true;
      listener = threads.newThread(this::listen);
      listener.setName("paydesk-status-relay");
      listener.start();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  /** Inside the change's transaction: PostgreSQL delivers the notification at commit, or never. */
  void send(@Observes OrderStatusChanged change) {
    if (!postgres) {
      return;
    }
    String payload =
        String.join(
            ",",
            instance,
            change.checkoutId().value(),
            change.from() == null ? "" : change.from().name(),
            change.to().name(),
            Long.toString(change.at().toEpochMilli()));
    em.createNativeQuery("SELECT pg_notify(?1, ?2)")
        .setParameter(1, CHANNEL)
        .setParameter(2, payload)
        .getSingleResult();
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              heard(notification.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "Status relay lost its connection; reconnecting", e);
          pause();
        }
      }
    }
  }

  void heard(String payload) {
    String[] parts = payload.split(",", -1);
    if (parts.length != 5 || parts[0].equals(instance)) {
      return;
    }
    elsewhere.fire(
        new StatusChangedElsewhere(
            new CheckoutId(parts[1]),
            parts[2].isEmpty() ? null : OrderStatus.valueOf(parts[2]),
            OrderStatus.valueOf(parts[3]),
            Instant.ofEpochMilli(Long.parseLong(parts[4]))));
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
