package dev.paydesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Seeds orders by the hundred thousand in SQL: each is a copy of one checkout that Paydesk really
 * created through its API (and the sandbox really made), with its own ids, status and times, its
 * timeline copied from the template's, and the sandbox's order beside it, so that Paydesk reads,
 * lists, expires and credits seeded orders as it would its own. Copying the template row keeps the
 * seed right as columns are added by later migrations.
 */
final class Seeder {

  /** A seeded group: its ids are {@code co_<letter><24 digits>} and {@code bench-<letter>-<n>}. */
  enum Kind {
    /** stored orders in every status, created over the last 90 days */
    STORED('S'),
    /** awaiting payment, expired ten minutes ago: the sweep's work */
    DUE('D'),
    /** awaiting payment for a day: webhooks pay them */
    PAYABLE('W');

    final char letter;

    Kind(char letter) {
      this.letter = letter;
    }
  }

  private final DataSource db;
  private final String templatePublicId;

  Seeder(DataSource db, String templatePublicId) {
    this.db = db;
    this.templatePublicId = templatePublicId;
  }

  static String publicId(Kind kind, long n) {
    return "co_" + kind.letter + String.format("%024d", n);
  }

  static String merchantOrderId(Kind kind, long n) {
    return "bench-" + Character.toLowerCase(kind.letter) + "-" + n;
  }

  static String gatewayOrderId(Kind kind, long n) {
    return "bench" + kind.letter + String.format("%020d", n);
  }

  /** Adds orders {@code from..to} (inclusive) of a kind, in one transaction per 100,000. */
  void seed(Kind kind, long from, long to) throws SQLException {
    for (long start = from; start <= to; start += 100_000) {
      long end = Math.min(to, start + 99_999);
      try (Connection c = db.getConnection()) {
        c.setAutoCommit(false);
        insertOrders(c, kind, start, end);
        insertTimelines(c, kind, start, end);
        insertSandboxOrders(c, kind, start, end);
        c.commit();
      }
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE payment_order");
      s.execute("ANALYZE order_event");
      s.execute("ANALYZE sandbox_order");
    }
  }

  private void insertOrders(Connection c, Kind kind, long from, long to) throws SQLException {
    Map<String, String> override = new LinkedHashMap<>();
    char l = kind.letter;
    override.put("public_id", "'co_" + l + "' || lpad(g::text, 24, '0')");
    override.put("merchant_order_id", "'bench-" + Character.toLowerCase(l) + "-' || g");
    override.put("gateway_merchant_order_id", "'bench-" + Character.toLowerCase(l) + "-' || g");
    override.put("idempotency_key", "'bench-key-" + l + "-' || g");
    override.put("gateway_order_id", "'bench" + l + "' || lpad(g::text, 20, '0')");
    override.put("version", "0");
    switch (kind) {
      case STORED -> {
        // a shop's mix after a while: most paid, some expired, a few of everything else
        override.put(
            "status",
            "CASE WHEN g % 100 < 70 THEN 'PAID' WHEN g % 100 < 85 THEN 'EXPIRED'"
                + " WHEN g % 100 < 90 THEN 'AWAITING_PAYMENT' WHEN g % 100 < 93 THEN 'UNDERPAID'"
                + " WHEN g % 100 < 95 THEN 'OVERPAID' WHEN g % 100 < 96 THEN 'PAID_LATE'"
                + " WHEN g % 100 < 97 THEN 'EXPIRED_UNDERPAID' WHEN g % 100 < 98 THEN"
                + " 'PAYMENT_DETECTED' ELSE 'CANCELLED' END");
        override.put("created_at", "now() - (g % 7776000) * interval '1 second'");
        override.put("updated_at", "now() - (g % 7776000) * interval '1 second'");
        // open ones stay open for a day from now, so that only the DUE kind is due
        override.put(
            "expires_at",
            "CASE WHEN g % 100 BETWEEN 85 AND 92 THEN now() + interval '1 day'"
                + " ELSE now() - (g % 7776000) * interval '1 second' + interval '1 hour' END");
      }
      case DUE -> {
        override.put("status", "'AWAITING_PAYMENT'");
        override.put("created_at", "now() - interval '70 minutes'");
        override.put("updated_at", "now() - interval '70 minutes'");
        override.put("expires_at", "now() - interval '10 minutes' - (g % 600) * interval '1 ms'");
      }
      case PAYABLE -> {
        override.put("status", "'AWAITING_PAYMENT'");
        override.put("created_at", "now()");
        override.put("updated_at", "now()");
        override.put("expires_at", "now() + interval '1 day'");
      }
    }
    copy(c, "payment_order", override, "t.public_id = ?", from, to);
  }

  private void insertTimelines(Connection c, Kind kind, long from, long to) throws SQLException {
    List<String> columns = columns(c, "order_event");
    columns.remove("id");
    String select =
        columns.stream()
            .map(col -> col.equals("order_id") ? "o.id" : "e." + col)
            .collect(Collectors.joining(", "));
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO order_event ("
                + String.join(", ", columns)
                + ") SELECT "
                + select
                + " FROM order_event e JOIN payment_order t ON t.id = e.order_id AND t.public_id ="
                + " ? JOIN payment_order o ON o.public_id BETWEEN ? AND ?")) {
      s.setString(1, templatePublicId);
      s.setString(2, publicId(kind, from));
      s.setString(3, publicId(kind, to));
      s.executeUpdate();
    }
  }

  private void insertSandboxOrders(Connection c, Kind kind, long from, long to)
      throws SQLException {
    Map<String, String> override = new LinkedHashMap<>();
    char l = kind.letter;
    override.put("order_id", "'bench" + l + "' || lpad(g::text, 20, '0')");
    override.put("merchant_order_id", "'bench-" + Character.toLowerCase(l) + "-' || g");
    copy(
        c,
        "sandbox_order",
        override,
        "t.order_id = (SELECT gateway_order_id FROM payment_order WHERE public_id = ?)",
        from,
        to);
  }

  /** INSERT … SELECT the template's row once per g, with some columns computed from g. */
  private void copy(
      Connection c, String table, Map<String, String> override, String template, long from, long to)
      throws SQLException {
    List<String> columns = columns(c, table);
    columns.remove("id");
    String select =
        columns.stream()
            .map(col -> override.getOrDefault(col, "t." + col))
            .collect(Collectors.joining(", "));
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") SELECT "
                + select
                + " FROM "
                + table
                + " t CROSS JOIN generate_series(?::bigint, ?::bigint) g WHERE "
                + template)) {
      s.setLong(1, from);
      s.setLong(2, to);
      s.setString(3, templatePublicId);
      int rows = s.executeUpdate();
      if (rows != to - from + 1) {
        throw new IllegalStateException(
            table + ": " + rows + " rows seeded, not " + (to - from + 1));
      }
    }
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString(1));
        }
      }
    }
    return columns;
  }

  /** One number from the database. */
  static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
