package dev.paydesk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What the database ran, read from {@code pg_stat_statements}, and what single queries cost ({@code
 * EXPLAIN ANALYZE}): the statements reader behind every row's "statements a request".
 */
final class Statements {

  private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

  private final DataSource db;

  Statements(DataSource db) {
    this.db = db;
  }

  /** A statement's counters, its text on one line. */
  record Stat(long calls, double millis, String query) {}

  void reset() throws SQLException {
    execute("SELECT pg_stat_statements_reset()");
  }

  /**
   * Statements the database has run, BEGIN left out: the driver sends it in the same packet as the
   * statement after it, so what is left is about the round trips.
   */
  long count() throws SQLException {
    return Seeder.count(
        db,
        "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE upper(query) NOT LIKE 'BEGIN%'");
  }

  /** Since the last reset, BEGIN and the harness's own reads left out. */
  List<Stat> since(String orderBy) throws SQLException {
    List<Stat> all = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
                    + " FROM pg_stat_statements WHERE upper(query) NOT LIKE 'BEGIN%'"
                    + " AND query NOT LIKE '%pg_stat_statements%' ORDER BY "
                    + orderBy)) {
      while (r.next()) {
        all.add(new Stat(r.getLong(1), r.getDouble(2), r.getString(3)));
      }
    }
    return all;
  }

  /** A scenario's statements per request, the most frequent first (printed, not reported). */
  void printPerRequest(String scenario, long requests) throws SQLException {
    if (requests == 0) {
      return;
    }
    for (Stat st : since("calls DESC LIMIT 16")) {
      double perRequest = st.calls() / (double) requests;
      if (perRequest >= 0.05) {
        System.out.printf(
            Locale.ROOT,
            "[bench]   %s: %.2f a request, %.3f ms each: %s%n",
            scenario,
            perRequest,
            st.millis() / st.calls(),
            st.query());
      }
    }
  }

  /**
   * Where a stretch's database time went since the last reset: statements and PostgreSQL's
   * execution time in all, the costliest printed.
   */
  String summary(String what, double seconds) throws SQLException {
    long calls = 0;
    double millis = 0;
    int shown = 0;
    for (Stat st : since("total_exec_time DESC")) {
      calls += st.calls();
      millis += st.millis();
      if (shown++ < 8) {
        System.out.printf(
            Locale.ROOT,
            "[bench]   %s statement: %,d calls, %.0f ms: %s%n",
            what,
            st.calls(),
            st.millis(),
            st.query());
      }
    }
    return String.format(
        Locale.ROOT,
        "its statements %,d, PostgreSQL's execution time for them %.1f s (summed over the"
            + " sessions working at once) in the %.1f s",
        calls,
        millis / 1000,
        seconds);
  }

  /** EXPLAIN ANALYZE's execution time of a query, the best of five; that run's plan printed. */
  double queryMillis(String sql) throws SQLException {
    double best = Double.MAX_VALUE;
    String plan = "";
    for (int i = 0; i < 5; i++) {
      StringBuilder lines = new StringBuilder();
      double millis = Double.MAX_VALUE;
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
        while (r.next()) {
          lines.append("[bench]     ").append(r.getString(1)).append('\n');
          Matcher m = EXECUTION_TIME.matcher(r.getString(1));
          if (m.find()) {
            millis = Double.parseDouble(m.group(1));
          }
        }
      }
      if (millis < best) {
        best = millis;
        plan = lines.toString();
      }
    }
    System.out.print(plan);
    return best;
  }

  void execute(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The first column of the first row. */
  String text(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  long count(String sql) throws SQLException {
    return Seeder.count(db, sql);
  }
}
