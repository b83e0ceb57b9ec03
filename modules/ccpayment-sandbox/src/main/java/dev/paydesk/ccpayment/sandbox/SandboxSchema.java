package dev.paydesk.ccpayment.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The sandbox's tables, in a Flyway history of their own ({@code flyway_sandbox_history}, scripts
 * in {@code db/sandbox}), brought up to date at start-up in sandbox mode only: a live database
 * never holds them.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxSchema {

  private static final System.Logger LOG = System.getLogger(SandboxSchema.class.getName());

  // Paydesk's datasource, as the persistence module resolves it (paydesk.db.jndi-name)
  @Resource(lookup = "${MPCONFIG=paydesk.db.jndi-name:java:app/jdbc/paydesk}")
  private DataSource dataSource;

  @Inject SandboxSettings settings;

  @PostConstruct
  void migrate() {
    if (!settings.enabled()) {
      return;
    }
    int applied =
        Flyway.configure(SandboxSchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/sandbox")
            .table("flyway_sandbox_history")
            // Paydesk's own tables are already there: start this history from nothing
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate()
            .migrationsExecuted;
    LOG.log(
        System.Logger.Level.INFO,
        "Sandbox schema up to date ({0} migrations applied now)",
        applied);
  }
}
