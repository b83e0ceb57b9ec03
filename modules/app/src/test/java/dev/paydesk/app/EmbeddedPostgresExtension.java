package dev.paydesk.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL (zonky's embedded binaries from Maven Central) on the port the Payara Micro
 * process is told to use. Register it before Arquillian's extension so the database is up before
 * the deploy.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback {

  private EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    int port = Integer.parseInt(System.getProperty("paydesk.it.postgres.port", "55432"));
    postgres = EmbeddedPostgres.builder().setPort(port).start();
    try (var c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("ALTER USER postgres PASSWORD 'postgres'");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }
}
