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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries status changes to the other instances on the same PostgreSQL, with what the database
 * already offers: once a change has committed, {@code NOTIFY paydesk_status} tells the others, and
 * every instance keeps one connection that {@code LISTEN}s and fires {@link StatusChangedElsewhere}
 * for the changes other instances made. On H2 (one instance) it does nothing. A listener that loses
 * its connection reconnects; what was sent meanwhile is lost for live listeners only (the page also
 * polls; nothing of the money path depends on it).
 *
 * <p>Why after the commit, by a sender of its own, and not inside the change's transaction:
 * PostgreSQL serializes the commits of all transactions that NOTIFY (a global lock on its queue,
 * held through the commit's WAL flush), so inside the money path every webhook, create and expiry
 * of every instance would commit one at a time behind it. The sender takes what committed changes
 * queued, sends them in one short transaction ({@code pg_notify} over an array, synchronous commit
 * off: a hint that a crash loses is caught up by the pages' polling), and holds that lock briefly.
 */
@ApplicationScoped
public class PostgresStatusRelay {

  static final String CHANNEL = "paydesk_status";
  private static final Logger LOG = Logger.getLogger(PostgresStatusRelay.class.getName());

  @Resource(lookup = FlywayMigrator.DATASOURCE_IN_USE)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject Event<StatusChangedElsewhere> elsewhere;

  /** This instance, so that it does not hear its own changes twice. */
  private final String instance = UUID.randomUUID().toString();

  /** Bound of what waits to be sent; past it a change is not relayed (live listeners poll). */
  static final int QUEUE_LIMIT = 10_000;

  /** Most payloads one NOTIFY transaction carries. */
  static final int BATCH = 500;

  private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(QUEUE_LIMIT);
  private final AtomicLong dropped = new AtomicLong();

  private volatile boolean postgres;
  private volatile boolean running;
  private Thread listener;
  private Thread sender;

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
      sender = threads.newThread(this::sendQueued);
      sender.setName("paydesk-status-relay-sender");
      sender.start();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
    if (sender != null) {
      sender.interrupt();
    }
  }

  /** Once the change's transaction has committed: queued for the sender, never waited for. */
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
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
    if (!outgoing.offer(payload)) {
      dropped.incrementAndGet();
    }
  }

  private void sendQueued() {
    List<String> batch = new ArrayList<>(BATCH);
    while (running) {
      try {
        batch.add(outgoing.take());
        outgoing.drainTo(batch, BATCH - 1);
        sendNotifications(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "Status relay could not send " + batch.size() + " changes", e);
          pause();
        }
      } finally {
        batch.clear();
      }
      long lost = dropped.getAndSet(0);
      if (lost > 0) {
        LOG.log(Level.WARNING, "Status relay queue full: {0} changes not relayed", lost);
      }
    }
  }

  private void sendNotifications(List<String> payloads) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement asynchronous = connection.createStatement();
          PreparedStatement notify =
              connection.prepareStatement("SELECT pg_notify(?, p) FROM unnest(?) AS p")) {
        asynchronous.execute("SET LOCAL synchronous_commit TO OFF");
        notify.setString(1, CHANNEL);
        notify.setArray(2, connection.createArrayOf("text", payloads.toArray()));
        notify.execute();
        connection.commit();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
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
