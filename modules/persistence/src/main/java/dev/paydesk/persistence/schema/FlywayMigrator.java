package dev.paydesk.persistence.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines Paydesk's datasource and brings its schema up to date before anything else starts. Every
 * part of the definition comes from MicroProfile Config (environment variables included); the
 * inline defaults are the zero-install H2 file database, because the datasource is created before
 * the application's own configuration file is read.
 */
@DataSourceDefinition(
    name = FlywayMigrator.DATASOURCE,
    className = "${MPCONFIG=paydesk.db.class:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=paydesk.db.url:jdbc:h2:file:./data/paydesk;MODE=LEGACY}",
    user = "${MPCONFIG=paydesk.db.user:sa}",
    password = "${MPCONFIG=paydesk.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FlywayMigrator {

  /** Paydesk's own datasource, defined above. */
  public static final String DATASOURCE = "java:app/jdbc/paydesk";

  /**
   * Where Paydesk's data lives: its own datasource, or the server's JDBC resource named by {@code
   * paydesk.db.jndi-name} (full Payara Server with a pool of its own). Payara resolves the
   * expression when it deploys; {@code persistence.xml} and the sandbox use the same one.
   */
  public static final String DATASOURCE_IN_USE =
      "${MPCONFIG=paydesk.db.jndi-name:" + DATASOURCE + "}";

  private static final System.Logger LOG = System.getLogger(FlywayMigrator.class.getName());

  @Resource(lookup = DATASOURCE_IN_USE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(FlywayMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .javaMigrations(new MerchantOrderIdPrefixIndex())
            // V2 and V4 (the sandbox's tables) moved to the sandbox's own history: databases made
            // before that still list them as applied
            .ignoreMigrationPatterns("versioned:missing")
            .load()
            .migrate();
    LOG.log(
        System.Logger.Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion,
        result.migrationsExecuted);
  }
}
