package dev.paydesk.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.order.OrderBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A real database migrated by Flyway, and the persistence unit on it as the server has it (but with
 * local transactions): what every persistence contract runs on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceTestBase {

  static final Instant NOW = OrderBuilder.T0;

  EntityManagerFactory emf;

  abstract DataSource dataSource();

  @BeforeAll
  void migrateAndConnect() {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource())
            .locations("classpath:db/migration")
            .javaMigrations(new dev.paydesk.persistence.schema.MerchantOrderIdPrefixIndex())
            .load();
    flyway.migrate();
    assertThat(flyway.migrate().migrationsExecuted).as("a second run has nothing to do").isZero();
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.nonJtaDataSource", dataSource());
    emf = Persistence.createEntityManagerFactory("paydesk", props);
  }

  @AfterAll
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  <T> T inTransaction(Function<OrderStores, T> work) {
    return withEntityManager(em -> work.apply(new OrderStores(em)));
  }

  <T> T withEntityManager(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  void run(Consumer<OrderStores> work) {
    inTransaction(
        repo -> {
          work.accept(repo);
          return null;
        });
  }
}
