package dev.paydesk.persistence.order;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** The order mapping and the migrations on both databases Paydesk supports. */
class OrderPersistenceIT {

  @Nested
  class OnPostgreSql extends OrderPersistenceContract {

    private EmbeddedPostgres postgres;

    @Override
    DataSource dataSource() {
      if (postgres == null) {
        try {
          postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
      }
      return postgres.getPostgresDatabase();
    }

    @AfterAll
    void stop() throws IOException {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Nested
  class OnH2 extends OrderPersistenceContract {

    private final JdbcDataSource h2 = new JdbcDataSource();

    OnH2() {
      // the URL options the server uses
      h2.setURL("jdbc:h2:mem:paydesk-it;DB_CLOSE_DELAY=-1;MODE=LEGACY");
      h2.setUser("sa");
    }

    @Override
    DataSource dataSource() {
      return h2;
    }
  }
}
