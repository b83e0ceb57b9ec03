package dev.paydesk.persistence.order;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** The mapping, the migrations and the searches on both databases Paydesk supports. */
class OrderPersistenceIT {

  private static EmbeddedPostgres postgres;

  static DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
    }
    return postgres.getPostgresDatabase();
  }

  static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    // the URL options the server uses
    h2.setURL("jdbc:h2:mem:paydesk-it;DB_CLOSE_DELAY=-1;MODE=LEGACY");
    h2.setUser("sa");
    return h2;
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Nested
  class OnPostgreSql extends OrderPersistenceContract {
    @Override
    DataSource dataSource() {
      return postgres();
    }
  }

  @Nested
  class OnH2 extends OrderPersistenceContract {
    @Override
    DataSource dataSource() {
      return h2();
    }
  }

  @Nested
  class SearchOnPostgreSql extends OrderSearchContract {
    @Override
    DataSource dataSource() {
      return postgres();
    }
  }

  @Nested
  class SearchOnH2 extends OrderSearchContract {
    @Override
    DataSource dataSource() {
      return h2();
    }
  }

  @Nested
  class OutboxOnPostgreSql extends ShopEventOutboxContract {
    @Override
    DataSource dataSource() {
      return postgres();
    }
  }

  @Nested
  class OutboxOnH2 extends ShopEventOutboxContract {
    @Override
    DataSource dataSource() {
      return h2();
    }
  }
}
