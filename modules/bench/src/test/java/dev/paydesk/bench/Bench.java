package dev.paydesk.bench;

import dev.paydesk.bench.Seeder.Kind;
import dev.paydesk.ccpayment.signature.CcPaymentSignature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * The benchmark harness (issue 10). One run: an embedded PostgreSQL with production durability,
 * Paydesk's WAR and a trivial ceiling WAR on one Payara Micro with production settings (sandbox
 * gateway, timers off so that only the scenario works), seeded data, then each scenario with a
 * warm-up and a measured window. Prints a table (requests/s, p50, p99, errors, share of the ceiling
 * measured in the same run, database statements per request) and writes it with a chart to {@code
 * docs/bench/<date>.md|.png}.
 *
 * <p>Settings (system properties): {@code bench.warmup}, {@code bench.window} (ISO durations),
 * {@code bench.clients}, {@code bench.expiry} (stored:due pairs, e.g. {@code
 * 200000:20000,1000000:100000}), {@code bench.payable} (orders seeded for the webhook runs), {@code
 * bench.jfr} (true: JFR recordings of the status, create and webhook runs, in the work folder),
 * {@code bench.out} (where the results go).
 */
public final class Bench {

  static final String API_KEY = "bench-shop-key";
  static final String CONSOLE_PASSWORD = "bench-console-password";
  static final String TOKEN_USDT_TRC20 = "0912e09a-d8e2-41d7-a0bc-a25530892988";
  private static final String APP_ID = "sandbox-app-id";
  private static final String APP_SECRET = "sandbox-app-secret";

  private final int port = Integer.getInteger("bench.port", 8095);
  private final Duration warmup = Duration.parse(System.getProperty("bench.warmup", "PT5S"));
  private final Duration window = Duration.parse(System.getProperty("bench.window", "PT10S"));
  private final int clients = Integer.getInteger("bench.clients", 32);
  private final int payable = Integer.getInteger("bench.payable", 100_000);
  private final String expiry = System.getProperty("bench.expiry", "200000:20000,1000000:100000");
  private final boolean jfr = Boolean.getBoolean("bench.jfr");
  private final java.util.Set<String> only =
      java.util.Set.of(System.getProperty("bench.only", "").split(",")).stream()
          .map(String::trim)
          .filter(x -> !x.isEmpty())
          .collect(java.util.stream.Collectors.toSet());
  private final Path work =
      Path.of(System.getProperty("bench.work", "target")).toAbsolutePath().normalize();
  private final Path out =
      Path.of(
          System.getProperty(
              "bench.out",
              Path.of(System.getProperty("bench.root", "."), "docs", "bench").toString()));
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DataSource db;
  private ServerProcess server;

  /** A JFR recording runs: the rows say so (its cost is in their figures). */
  private boolean underRecording;

  private CpuMeter cpu;
  private Report report;

  public static void main(String[] args) throws Exception {
    new Bench().run();
  }

  /** Runs every scenario and writes the results; returns them. */
  Report run() throws Exception {
    Files.createDirectories(work);
    Path ceilingWar = ceilingWar();
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(work.resolve("pg-work").toFile())
            .setDataDirectory(work.resolve("pg-data-" + UUID.randomUUID()).toFile())
            .setCleanDataDirectory(true)
            // production durability (the embedded default turns synchronous commit off)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .start()) {
      db = postgres.getPostgresDatabase();
      execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      long started = System.nanoTime();
      Process payara = startPaydesk(ceilingWar, postgres.getPort());
      server = new ServerProcess(payara);
      cpu = new CpuMeter(payara.pid());
      try {
        long bootMillis = awaitReady(started);
        report =
            new Report(
                "Benchmark " + LocalDate.now(ZoneOffset.UTC),
                String.format(
                    Locale.ROOT,
                    "PostgreSQL %s (embedded, synchronous commit on), Payara Micro, sandbox gateway"
                        + " over HTTP; %d cores; closed-loop clients on kept-alive connections;"
                        + " warm-up %d s, window %d s. Command: `./mvnw -P bench -DskipTests verify`.",
                    Seeder.count(db, "SHOW server_version_num") / 10000,
                    Runtime.getRuntime().availableProcessors(),
                    warmup.toSeconds(),
                    window.toSeconds()));
        report.figure(
            String.format(
                Locale.ROOT,
                "boot to ready: %.1f s (process start to /health/ready UP; target < 20 s: %s)",
                bootMillis / 1000.0,
                bootMillis < 20_000 ? "met" : "**not met**"));
        scenarios();
        report.write(out, LocalDate.now(ZoneOffset.UTC).toString());
        return report;
      } finally {
        payara.destroy();
        payara.waitFor();
      }
    }
  }

  private void scenarios() throws Exception {
    String template = createViaApi("bench-template").get("id");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      ids.add(createViaApi("bench-read-" + i).get("id"));
    }
    Seeder seeder = new Seeder(db, template);
    seeder.seed(Kind.PAYABLE, 1, payable);

    // the ceiling three times (before the JVM warm-up, after it, after the webhook runs): on this
    // shared machine one run of it has measured anywhere from 2,600 to 7,300 requests/s, so each
    // scenario is compared with the median of the three
    measureCeiling("ceiling 1 of 3 (trivial JAX-RS), before the JVM warm-up");
    warmUp(ids);
    measureCeiling("ceiling 2 of 3, after the warm-up");
    if (wants("insert")) {
      insertRate();
    }
    if (wants("floor")) {
      floors(ids);
    }
    if (wants("status")) {
      recorded(
          "status",
          () ->
              measure(
                  "status read (random checkouts)",
                  clients,
                  c -> ok(c.get("/paydesk/api/v1/checkouts/" + pick(ids), false)),
                  0.50,
                  "≥ 50 %"));
    }
    if (wants("qr")) {
      measure(
          "QR image",
          clients,
          c -> ok(c.get("/paydesk/api/v1/checkouts/" + pick(ids) + "/qr", false)),
          0.40,
          "≥ 40 %");
    }
    if (wants("create")) {
      recorded(
          "create",
          () -> {
            measure("create checkout (sandbox over HTTP)", 8, Bench::create, null, "");
            Report.Row at32 =
                measure(
                    "create checkout (sandbox over HTTP)",
                    32,
                    Bench::create,
                    0.10,
                    "≥ 10 %, p99 < 100 ms");
            return at32;
          });
    }
    if (wants("webhook")) {
      AtomicInteger next = new AtomicInteger();
      List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
      AtomicInteger again = new AtomicInteger();
      recorded(
          "webhook",
          () -> {
            Report.Row distinct =
                measure(
                    "webhook ingest (distinct webhooks)",
                    clients,
                    c -> {
                      int n = next.incrementAndGet();
                      if (n > payable) {
                        throw new IllegalStateException("more webhooks than seeded orders");
                      }
                      String body = webhook(Kind.PAYABLE, n);
                      boolean ok = webhook(c, body);
                      if (ok && applied.size() < 20_000) {
                        applied.add(body);
                      }
                      return ok;
                    },
                    0.15,
                    "≥ 15 %");
            measure(
                "webhook duplicate (already applied)",
                clients,
                c ->
                    webhook(c, applied.get(Math.floorMod(again.incrementAndGet(), applied.size()))),
                0.40,
                "≥ 40 %, ≤ 2 statements");
            return distinct;
          });
      long credited =
          Seeder.count(
              db,
              "SELECT count(*) FROM payment_order WHERE status = 'PAID' AND public_id LIKE 'co_W%'");
      report.figure(
          String.format(
              Locale.ROOT,
              "webhooks: %d distinct webhooks answered `success`, %d orders PAID by them,"
                  + " payments stored %d (each once)",
              next.get(),
              credited,
              Seeder.count(
                  db,
                  "SELECT count(*) FROM payment p JOIN payment_order o ON o.id = p.order_id"
                      + " WHERE o.public_id LIKE 'co_W%'")));
    }
    measureCeiling("ceiling 3 of 3, after the request scenarios");
    compareWithCeiling();
    if (wants("expiry")) {
      long stored = 0;
      long due = 0;
      for (String pair : expiry.split(",")) {
        String[] sizes = pair.split(":");
        long wantStored = Long.parseLong(sizes[0].trim());
        long wantDue = Long.parseLong(sizes[1].trim());
        long now = Seeder.count(db, "SELECT count(*) FROM payment_order");
        long more = Math.max(0, wantStored - wantDue - now);
        seeder.seed(Kind.STORED, stored + 1, stored + more);
        stored += more;
        seeder.seed(Kind.DUE, due + 1, due + wantDue);
        due += wantDue;
        recorded(
            "expiry-" + wantDue,
            () -> {
              sweep(wantDue);
              return null;
            });
      }
    }
    if (wants("console")) {
      console();
    }
    report.figure(
        String.format(
            Locale.ROOT,
            "after the load: heap in use after a full GC %.0f MB (-Xmx512m; target < 512 MB), RSS"
                + " %.0f MB",
            server.heapAfterGcMb(),
            server.rssMb()));
  }

  // ---- scenarios ------------------------------------------------------------------------------

  /**
   * Every path the scenarios take, mixed, before anything is measured ({@code bench.jvm-warmup}):
   * the JIT compiles Payara's, EclipseLink's and Paydesk's code once, so the first scenario is not
   * measured on colder code than the last (a 5 s warm-up of its own is not enough for that).
   */
  private void warmUp(List<String> ids) throws Exception {
    Duration jvmWarmup = Duration.parse(System.getProperty("bench.jvm-warmup", "PT20S"));
    if (jvmWarmup.isZero()) {
      return;
    }
    AtomicInteger turn = new AtomicInteger();
    Load.run(
        port,
        clients,
        Duration.ZERO,
        jvmWarmup,
        c ->
            switch (Math.floorMod(turn.incrementAndGet(), 4)) {
              case 0 -> ok(c.get("/ceiling/ping", false));
              case 1 -> ok(c.get("/paydesk/api/v1/checkouts/" + pick(ids), false));
              case 2 -> ok(c.get("/paydesk/api/v1/checkouts/" + pick(ids) + "/qr", false));
              default -> create(c);
            },
        new AtomicLong());
    report.figure("JVM warm-up before the first scenario: " + jvmWarmup.toSeconds() + " s, mixed");
  }

  /** Whether a group of scenarios runs ({@code bench.only}: a comma list; empty: all). */
  private boolean wants(String group) {
    return only.isEmpty() || only.contains(group);
  }

  private Report.Row measure(
      String name, int clientCount, Load.Call call, Double target, String targetText)
      throws Exception {
    AtomicLong sent = new AtomicLong();
    execute("SELECT pg_stat_statements_reset()");
    long before = statements();
    CpuMeter.Reading cpuBefore = cpu.read();
    Load.Result result = Load.run(port, clientCount, warmup, window, call, sent);
    CpuMeter.Reading used = cpu.read().minus(cpuBefore);
    long after = statements();
    printStatements(name, sent.get());
    Report.Row row =
        new Report.Row(
            underRecording ? name + " (under JFR)" : name,
            clientCount,
            result,
            null,
            sent.get() == 0 ? null : Math.max(0, after - before - 1) / (double) sent.get(),
            Report.Cpu.of(used, sent.get()),
            targetText,
            null);
    if (compared != null) {
      compared.add(new Comparison(report.size(), target));
    }
    report.add(row);
    return row;
  }

  /** A row to compare with the ceiling once its three runs are in. */
  private record Comparison(int index, Double target) {}

  /** The rows that get a share of the ceiling; null while a ceiling itself is measured. */
  private List<Comparison> compared = new ArrayList<>();

  private final List<Double> ceilings = new ArrayList<>();

  private void measureCeiling(String name) throws Exception {
    List<Comparison> keep = compared;
    compared = null;
    ceilings.add(
        measure(name, clients, c -> ok(c.get("/ceiling/ping", false)), null, "")
            .result()
            .perSecond());
    compared = keep;
  }

  /** Each compared row's share of the median ceiling, and whether it meets its target. */
  private void compareWithCeiling() {
    List<Double> sorted = ceilings.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    for (Comparison c : compared) {
      Report.Row row = report.rows().get(c.index());
      double ratio = row.result().perSecond() / median;
      Boolean met =
          c.target() == null
              ? null
              : ratio >= c.target() && (!row.target().contains("p99") || row.result().p99() < 100);
      report.replace(
          c.index(),
          new Report.Row(
              row.scenario(),
              row.clients(),
              row.result(),
              ratio,
              row.statements(),
              row.cpu(),
              row.target(),
              met));
      System.out.printf(
          Locale.ROOT, "[bench] %s: %.1f %% of the ceiling%n", row.scenario(), ratio * 100);
    }
    double warmest = sorted.get(sorted.size() - 1);
    report.figure(
        String.format(
            Locale.ROOT,
            "against the warmest ceiling run instead (%.0f requests/s): %s",
            warmest,
            compared.stream()
                .map(c -> report.rows().get(c.index()))
                .map(
                    r ->
                        String.format(
                            Locale.ROOT,
                            "%s (%d clients) %.1f %%",
                            r.scenario(),
                            r.clients(),
                            100 * r.result().perSecond() / warmest))
                .collect(java.util.stream.Collectors.joining("; "))));
    report.figure(
        String.format(
            Locale.ROOT,
            "shares of the ceiling compare with the median of its three runs: %.0f requests/s (runs:"
                + " %s)",
            median,
            ceilings.stream()
                .map(v -> String.format(Locale.ROOT, "%.0f", v))
                .collect(java.util.stream.Collectors.joining(", "))));
  }

  interface Scenario {
    Report.Row run() throws Exception;
  }

  /** Runs a scenario, under a JFR recording when {@code bench.jfr} is set. */
  private void recorded(String name, Scenario scenario) throws Exception {
    if (!jfr) {
      scenario.run();
      return;
    }
    Path file = work.resolve("bench-" + name + ".jfr");
    server.startRecording(name, file);
    underRecording = true;
    try {
      scenario.run();
    } finally {
      underRecording = false;
      server.stopRecording(name);
      report.figure("JFR recording of the " + name + " runs: " + file);
    }
  }

  /**
   * The floors under the status read and the duplicate webhook: the ceiling's trivial JAX-RS answer
   * plus one indexed read, or one committed single-row INSERT, in plain JDBC through a pool of the
   * same server ({@code Floor} in the ceiling WAR). No design that reads or writes a row per
   * request on this server can be faster than these.
   */
  private void floors(List<String> ids) throws Exception {
    execute("CREATE TABLE IF NOT EXISTS bench_floor (id BIGSERIAL PRIMARY KEY, v TEXT)");
    measure(
        "floor: trivial JAX-RS + one indexed read (plain JDBC, server's pool)",
        clients,
        c -> ok(c.get("/ceiling/db/read/" + pick(ids), false)),
        null,
        "");
    byte[] nothing = new byte[0];
    measure(
        "floor: trivial JAX-RS + one committed INSERT (plain JDBC, server's pool)",
        clients,
        c -> ok(c.send("POST", "/ceiling/db/write", "", nothing, false)),
        null,
        "");
  }

  /** One connection inserting single rows. */
  private record Inserter(Connection connection, PreparedStatement insert)
      implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  /** The database's own single-row insert rate: autocommit INSERTs over JDBC, as pgbench would. */
  private void insertRate() throws Exception {
    execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, v TEXT)");
    for (int connections : new int[] {8, 32}) {
      AtomicLong inserted = new AtomicLong();
      Load.Result result =
          Load.run(
              connections,
              warmup,
              window,
              () -> {
                Connection c = db.getConnection();
                return new Inserter(
                    c, c.prepareStatement("INSERT INTO bench_insert (v) VALUES ('x')"));
              },
              inserter -> inserter.insert().executeUpdate() == 1,
              inserted);
      report.add(
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

  /**
   * The expiry sweep as the timer runs it (the operations endpoint calls the same use case), run
   * again until no order is due: the time to expire them all, and the due query's own cost.
   */
  private void sweep(long due) throws Exception {
    long stored = Seeder.count(db, "SELECT count(*) FROM payment_order");
    DuePages pages = duePages(due);
    execute("SELECT pg_stat_statements_reset()");
    long started = System.nanoTime();
    int runs = 0;
    long expired = 0;
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port)) {
      while (dueNow() > 0 && runs < 1000) {
        KeepAliveClient.Answer answer =
            c.send(
                "POST",
                "/paydesk/api/v1/operations/expiry-runs",
                "Authorization: Bearer " + API_KEY + "\r\nContent-Type: application/json\r\n",
                "{}".getBytes(StandardCharsets.UTF_8),
                true);
        if (answer.status() != 200) {
          throw new IllegalStateException("expiry run: " + answer.status() + " " + answer.text());
        }
        Matcher m = Pattern.compile("\"expired\":(\\d+)").matcher(answer.text());
        expired += m.find() ? Long.parseLong(m.group(1)) : 0;
        runs++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String statements = sweepStatements(seconds);
    long left = dueNow();
    long timelines =
        Seeder.count(
            db,
            "SELECT count(*) FROM order_event e JOIN payment_order o ON o.id = e.order_id"
                + " WHERE o.public_id LIKE 'co_D%' AND e.to_status = 'EXPIRED'");
    report.figure(
        String.format(
            Locale.ROOT,
            "expiry sweep, %,d stored / %,d due: %,d expired in %.1f s (%,.0f orders/s) over %d"
                + " run(s) of the timer's use case, %d left due; bill/info calls %,.0f/s; a page of"
                + " the due query %.2f ms, halfway through %.2f ms (the former query shapes: %.1f"
                + " ms, halfway %.1f ms); EXPIRED timeline"
                + " entries of due orders so far %,d (target: 100k among 1M in < 5 s); %s",
            stored,
            due,
            expired,
            seconds,
            expired / seconds,
            runs,
            left,
            Math.ceil(due / 100.0) / seconds,
            pages.first(),
            pages.halfway(),
            pages.formerFirst(),
            pages.formerHalfway(),
            timelines,
            statements));
  }

  /** The due query's cost, a page in milliseconds, as the sweep asks for it now and before. */
  private record DuePages(double first, double halfway, double formerFirst, double formerHalfway) {}

  /** Unpaid orders due a minute ago, the sweep's range of {@code ix_payment_order_due} (V16). */
  private static final String DUE_UNPAID =
      "FROM payment_order WHERE status = 'AWAITING_PAYMENT' AND expires_at <= now() - interval '1"
          + " minute'";

  /**
   * The first page as the sweep reads it now (one status, in index order) and as it read it before
   * V16 (both open statuses at once, sorted by expiry); and a page halfway through the due orders,
   * after the last order of the page before it, with and without the keyset's start as an index
   * condition ({@code NaN} when fewer than two orders are due).
   */
  private DuePages duePages(long due) throws SQLException {
    double first = queryMillis("SELECT * " + DUE_UNPAID + " ORDER BY expires_at, id LIMIT 100");
    double formerFirst =
        queryMillis(
            "SELECT * FROM payment_order WHERE status IN ('AWAITING_PAYMENT', 'UNDERPAID') AND"
                + " expires_at <= now() - interval '1 minute' ORDER BY expires_at LIMIT 100");
    if (due < 2) {
      return new DuePages(first, Double.NaN, formerFirst, Double.NaN);
    }
    String[] after =
        queryText(
                "SELECT expires_at || '|' || id "
                    + DUE_UNPAID
                    + " ORDER BY expires_at, id OFFSET "
                    + due / 2
                    + " LIMIT 1")
            .split("\\|");
    String keyset =
        String.format(
            "(expires_at > '%1$s' OR (expires_at = '%1$s' AND id > %2$s))", after[0], after[1]);
    String later = "SELECT * " + DUE_UNPAID + " AND %s ORDER BY expires_at, id LIMIT 100";
    return new DuePages(
        first,
        queryMillis(String.format(later, "expires_at >= '" + after[0] + "' AND " + keyset)),
        formerFirst,
        queryMillis(String.format(later, keyset)));
  }

  /** A scenario's statements per request, the most frequent first (printed, not reported). */
  private void printStatements(String scenario, long requests) throws SQLException {
    if (requests == 0) {
      return;
    }
    for (StatementStat st : statements("calls DESC LIMIT 16")) {
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
   * Where the sweep's database time went ({@code pg_stat_statements} since its start): statements
   * and PostgreSQL's execution time in all, the costliest printed.
   */
  private String sweepStatements(double seconds) throws SQLException {
    long calls = 0;
    double millis = 0;
    int shown = 0;
    for (StatementStat st : statements("total_exec_time DESC")) {
      calls += st.calls();
      millis += st.millis();
      if (shown++ < 8) {
        System.out.printf(
            Locale.ROOT,
            "[bench]   sweep statement: %,d calls, %.0f ms: %s%n",
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

  /** A statement's counters in {@code pg_stat_statements}, its text on one line. */
  private record StatementStat(long calls, double millis, String query) {}

  /**
   * {@code pg_stat_statements} since its last reset, BEGIN and the harness's own reads left out.
   */
  private List<StatementStat> statements(String orderBy) throws SQLException {
    List<StatementStat> all = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
                    + " FROM pg_stat_statements WHERE upper(query) NOT LIKE 'BEGIN%'"
                    + " AND query NOT LIKE '%pg_stat_statements%' ORDER BY "
                    + orderBy)) {
      while (r.next()) {
        all.add(new StatementStat(r.getLong(1), r.getDouble(2), r.getString(3)));
      }
    }
    return all;
  }

  private long dueNow() throws SQLException {
    return Seeder.count(
        db,
        "SELECT count(*) FROM payment_order WHERE status IN ('AWAITING_PAYMENT', 'UNDERPAID')"
            + " AND expires_at <= now() - interval '1 minute'");
  }

  private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

  /** EXPLAIN ANALYZE's execution time of a query, the best of five; that run's plan printed. */
  private double queryMillis(String sql) throws SQLException {
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

  /** The console at about a million orders: list pages per filter, a deep page, the CSV export. */
  private void console() throws Exception {
    long stored = Seeder.count(db, "SELECT count(*) FROM payment_order");
    String cookie = signIn();
    String headers = "Cookie: " + cookie + "\r\n";
    String someMerchantId = Seeder.merchantOrderId(Kind.STORED, 4242);
    String someAddress =
        queryText("SELECT pay_address FROM payment_order WHERE public_id LIKE 'co_S%' LIMIT 1");
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    filters.put("no filter", "");
    filters.put("status=PAID (70 %)", "status=PAID");
    filters.put("status=UNDERPAID (3 %)", "status=UNDERPAID");
    filters.put("token", "token=" + TOKEN_USDT_TRC20);
    filters.put(
        "created from/to (one week)",
        "from="
            + LocalDate.now(ZoneOffset.UTC).minusDays(14)
            + "&to="
            + LocalDate.now(ZoneOffset.UTC).minusDays(7));
    filters.put("search: merchant order id", "q=" + someMerchantId);
    filters.put("search: pay address (shared by all seeded)", "q=" + enc(someAddress));
    filters.put("search: no match", "q=nothing-like-this");
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port)) {
      for (Map.Entry<String, String> filter : filters.entrySet()) {
        String path =
            "/paydesk/console/orders.xhtml"
                + (filter.getValue().isEmpty() ? "" : "?" + filter.getValue());
        Load.Result r =
            Load.sequential(
                10,
                k -> {
                  KeepAliveClient.Answer a = k.send("GET", path, headers, null, true);
                  return a.status() == 200 && a.text().contains("list:orders");
                },
                c);
        report.add(
            new Report.Row(
                "console order list, " + filter.getKey() + ", first page",
                1,
                r,
                null,
                null,
                null,
                "< 100 ms",
                r.p99() < 100));
      }
      for (String deep : List.of("", "status=PAID")) {
        // the deepest page the console offers (it pages through the first 10,000 matches), as
        // its paginator asks for it: a PrimeFaces AJAX request on the page's view
        KeepAliveClient.Answer page =
            c.send(
                "GET",
                "/paydesk/console/orders.xhtml" + (deep.isEmpty() ? "" : "?" + deep),
                headers,
                null,
                true);
        Matcher state =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.text());
        Matcher action =
            Pattern.compile("<form id=\"list\"[^>]*action=\"([^\"]+)\"").matcher(page.text());
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page.text());
        if (!state.find() || !action.find() || !nonce.find()) {
          throw new IllegalStateException("no order list form: " + page.text());
        }
        byte[] ajax =
            ("jakarta.faces.partial.ajax=true&jakarta.faces.source=list%3Aorders"
                    + "&jakarta.faces.partial.execute=list%3Aorders"
                    + "&jakarta.faces.partial.render=list%3Aorders"
                    + "&jakarta.faces.behavior.event=page&jakarta.faces.partial.event=page"
                    + "&list%3Aorders_pagination=true&list%3Aorders_first=9980"
                    + "&list%3Aorders_rows=20&list%3Aorders_skipChildren=true"
                    + "&list%3Aorders_encodeFeature=true&list=list"
                    + "&primefaces.nonce="
                    + enc(nonce.group(1))
                    + "&jakarta.faces.ViewState="
                    + enc(state.group(1).replace("&#58;", ":")))
                .getBytes(StandardCharsets.UTF_8);
        String form = action.group(1).replace("&amp;", "&");
        Load.Result r =
            Load.sequential(
                10,
                k -> {
                  KeepAliveClient.Answer a =
                      k.send(
                          "POST",
                          form,
                          headers
                              + "Faces-Request: partial/ajax\r\nContent-Type:"
                              + " application/x-www-form-urlencoded\r\n",
                          ajax,
                          true);
                  boolean ok =
                      a.status() == 200
                          && a.text().contains("<partial-response")
                          && !a.text().contains("<error>")
                          && a.text().contains("pd-order-link");
                  if (!ok) {
                    Files.writeString(work.resolve("console-deep-page.txt"), a.text());
                  }
                  return ok;
                },
                c);
        report.add(
            new Report.Row(
                "console order list, "
                    + (deep.isEmpty() ? "no filter" : deep)
                    + ", its deepest page (rows 9,981-10,000)",
                1,
                r,
                null,
                null,
                null,
                "< 100 ms",
                r.p99() < 100));
      }
    }
    csvExport(cookie, stored);
  }

  private void csvExport(String cookie, long stored) throws Exception {
    long rows = 0;
    long bytes = 0;
    double seconds;
    double peak;
    try (ServerProcess.HeapWatch heap = server.new HeapWatch()) {
      long started = System.nanoTime();
      HttpResponse<InputStream> answer =
          http.send(
              HttpRequest.newBuilder(uri("/paydesk/console/orders.csv"))
                  .header("Cookie", cookie)
                  .timeout(Duration.ofMinutes(20))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = answer.body()) {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              rows++;
            }
          }
        }
      }
      seconds = (System.nanoTime() - started) / 1e9;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("CSV export: HTTP " + answer.statusCode());
      }
      peak = heap.peakMb();
    }
    report.figure(
        String.format(
            Locale.ROOT,
            "CSV export of all %,d orders: %,d lines, %.0f MB in %.1f s; peak heap in use during"
                + " it %.0f MB (-Xmx512m)",
            stored,
            rows,
            bytes / 1e6,
            seconds,
            peak));
  }

  /** Signs in to the console as its first admin and returns the session cookie. */
  private String signIn() throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(uri("/paydesk/console/login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    Matcher action =
        Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
    if (!state.find() || !action.find()) {
      throw new IllegalStateException("no sign-in form: " + form.body());
    }
    String fields =
        "login=login&login%3Ausername=admin&login%3Apassword="
            + enc(CONSOLE_PASSWORD)
            + "&login%3AsignIn=&jakarta.faces.ViewState="
            + enc(state.group(1).replace("&#58;", ":"));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<HttpCookie> cookies =
        ((CookieManager) http.cookieHandler().orElseThrow())
            .getCookieStore()
            .get(uri("/paydesk/console/"));
    String cookie =
        cookies.stream()
            .map(k -> k.getName() + "=" + k.getValue())
            .reduce((a, b) -> a + "; " + b)
            .orElseThrow();
    HttpResponse<String> orders =
        http.send(
            HttpRequest.newBuilder(uri("/paydesk/console/orders.xhtml"))
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!orders.body().contains("list:orders")) {
      throw new IllegalStateException(
          "sign-in failed (" + signedIn.statusCode() + "): " + orders.body());
    }
    return cookie;
  }

  // ---- requests -------------------------------------------------------------------------------

  private static boolean ok(KeepAliveClient.Answer answer) {
    return answer.status() >= 200 && answer.status() < 300;
  }

  private static String pick(List<String> ids) {
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  private static byte[] createBody(String merchantOrderId) {
    return ("{\"merchantOrderId\":\""
            + merchantOrderId
            + "\",\"price\":\"25.00\",\"tokenId\":\""
            + TOKEN_USDT_TRC20
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static final String CREATE_HEADERS =
      "Authorization: Bearer " + API_KEY + "\r\nContent-Type: application/json\r\n";

  private static boolean create(KeepAliveClient c) throws IOException {
    return c.send(
                "POST",
                "/paydesk/api/v1/checkouts",
                CREATE_HEADERS + "Idempotency-Key: " + UUID.randomUUID() + "\r\n",
                createBody("B-" + UUID.randomUUID()),
                false)
            .status()
        == 201;
  }

  private Map<String, String> createViaApi(String merchantOrderId) throws IOException {
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port)) {
      KeepAliveClient.Answer a =
          c.send(
              "POST",
              "/paydesk/api/v1/checkouts",
              CREATE_HEADERS + "Idempotency-Key: " + UUID.randomUUID() + "\r\n",
              createBody(merchantOrderId),
              true);
      if (a.status() != 201) {
        throw new IllegalStateException("create failed: " + a.status() + " " + a.text());
      }
      Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(a.text());
      id.find();
      return Map.of("id", id.group(1));
    }
  }

  /** An API Deposit webhook paying a seeded order in full, as CCPayment sends it. */
  private static String webhook(Kind kind, long n) {
    return "{\"pay_status\":\"success\",\"order_type\":\"API Deposit\",\"record_id\":\"bench-r-"
        + kind.letter
        + n
        + "\",\"order_id\":\""
        + Seeder.gatewayOrderId(kind, n)
        + "\",\"product_price\":\"25.00\",\"denominated_currency\":\"USD\",\"order_amount\":\"25\","
        + "\"fiat_rate\":\"1\",\"paid_amount\":\"25\",\"token_rate\":\"1\",\"chain\":\"TRX\","
        + "\"crypto\":\"USDT\",\"txid\":\"0xbench"
        + kind.letter
        + n
        + "\",\"extend\":{\"merchant_order_id\":\""
        + Seeder.merchantOrderId(kind, n)
        + "\"}}";
  }

  private static boolean webhook(KeepAliveClient c, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = CcPaymentSignature.timestamp(Instant.now());
    KeepAliveClient.Answer a =
        c.send(
            "POST",
            "/paydesk/webhooks/ccpayment",
            "Content-Type: application/json\r\nAppid: "
                + APP_ID
                + "\r\nTimestamp: "
                + timestamp
                + "\r\nSign: "
                + CcPaymentSignature.sign(APP_ID, APP_SECRET, timestamp, bytes)
                + "\r\n",
            bytes,
            true);
    return a.status() == 200 && a.text().equals("success");
  }

  // ---- the server -----------------------------------------------------------------------------

  /** A WAR of the ceiling's classes (from this module's build output). */
  private Path ceilingWar() throws IOException {
    Path classes = Path.of(System.getProperty("bench.ceilingClasses"));
    Path war = work.resolve("ceiling.war");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
        Stream<Path> files = Files.walk(classes.resolve("dev/paydesk/bench/ceiling"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        zip.putNextEntry(
            new ZipEntry(
                "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
      // the floor's pool needs the driver Paydesk's WAR carries
      Path driver;
      try {
        driver =
            Path.of(
                org.postgresql.Driver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
      zip.putNextEntry(new ZipEntry("WEB-INF/lib/" + driver.getFileName()));
      Files.copy(driver, zip);
      zip.closeEntry();
    }
    return war;
  }

  private Process startPaydesk(Path ceilingWar, int pgPort) throws IOException {
    String root = System.getProperty("bench.root", ".");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Djava.io.tmpdir=" + work,
            "-Duser.timezone=UTC",
            "-Dpaydesk.public-url=http://localhost:" + port + "/paydesk",
            "-Dpaydesk.db.class=org.postgresql.ds.PGSimpleDataSource",
            "-Dpaydesk.db.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
            "-Dpaydesk.db.user=postgres",
            "-Dpaydesk.db.password=postgres",
            "-Dpaydesk.api.keys=" + API_KEY,
            "-Dpaydesk.console.initial-admin-password=" + CONSOLE_PASSWORD,
            "-Dpaydesk.timers.enabled=false",
            "-jar",
            System.getProperty("bench.payaraMicro"),
            "--deploy",
            System.getProperty("bench.war"),
            "--deploy",
            ceilingWar.toString(), // at /ceiling, after the file's name
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--prebootcommandfile",
            Path.of(root, "config", "payara-micro-preboot.asadmin").toString(),
            "--postbootcommandfile",
            Path.of(root, "config", "payara-micro-postboot.asadmin").toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("bench-payara.log").toFile())
        .start();
  }

  private long awaitReady(long started) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(uri("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return (System.nanoTime() - started) / 1_000_000;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Paydesk not ready in 3 minutes; see bench-payara.log");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- the database ---------------------------------------------------------------------------

  /**
   * Statements the database has run, BEGIN left out: the driver sends it in the same packet as the
   * statement after it, so what is left is about the round trips.
   */
  private long statements() throws SQLException {
    return Seeder.count(
        db,
        "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE upper(query) NOT LIKE 'BEGIN%'");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String queryText(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
