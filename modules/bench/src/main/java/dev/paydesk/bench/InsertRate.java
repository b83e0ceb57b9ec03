package dev.paydesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/** The database's own single-row insert rate: autocommit INSERTs over JDBC, as pgbench would. */
final class InsertRate implements Scenario {

  /** One connection inserting single rows. */
  private record Inserter(Connection connection, PreparedStatement insert)
      implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  @Override
  public String group() {
    return "insert";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    run.statements.execute(
        "CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, v TEXT)");
    for (int connections : new int[] {8, 32}) {
      AtomicLong inserted = new AtomicLong();
      Load.Result result =
          Load.run(
              connections,
              run.settings.warmup(),
              run.settings.window(),
              () -> {
                Connection c = run.db.getConnection();
                return new Inserter(
                    c, c.prepareStatement("INSERT INTO bench_insert (v) VALUES ('x')"));
              },
              inserter -> inserter.insert().executeUpdate() == 1,
              inserted);
      run.report.add(
          new Report.Row(
              "database: single-row INSERT, autocommit (JDBC)",
              connections,
              result,
              null,
              1.0,
              null, // its backends end with their connections, and their CPU time with them
              "",
              null));
    }
  }
}
