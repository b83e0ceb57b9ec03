package dev.paydesk.persistence.schema;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 23: the order search finds a merchant order id by its start, whatever its case ({@code
 * t-20} finds {@code T-2004}). On PostgreSQL an index on the lower-cased id with {@code
 * varchar_pattern_ops} serves {@code LOWER(merchant_order_id) LIKE 't-20%'} whatever the database's
 * collation. H2, the zero-install database of small shops, cannot index an expression: there the
 * search reads the table (measured at a million orders on PostgreSQL only, see docs/benchmarks.md).
 * In Java because the two databases need different statements.
 */
public final class MerchantOrderIdPrefixIndex implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("23");
  }

  @Override
  public String getDescription() {
    return "search merchant order ids by prefix";
  }

  @Override
  public Integer getChecksum() {
    return 23;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (!product.contains("postgresql")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE INDEX ix_payment_order_merchant_order_id_lower"
              + " ON payment_order (lower(merchant_order_id) varchar_pattern_ops)");
    }
  }
}
