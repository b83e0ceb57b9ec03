package dev.paydesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One run's state and how a scenario is measured: closed-loop load on kept-alive connections, the
 * statements and CPU each request cost, and each row's share of the ceiling (a trivial endpoint on
 * the same server, measured three times).
 */
final class BenchRun {

  final BenchSettings settings;
  final DataSource db;
  final Statements statements;
  final ServerProcess server;
  final HttpClient http;
  final Report report;

  /** Checkouts made through the API before the load, for the reads to pick from. */
  final List<String> ids = new ArrayList<>();

  /** Stores orders straight into the database, shaped as one made through the API. */
  Seeder seeder;

  private final CpuMeter cpu;

  /** A row to compare with the ceiling once its three runs are in. */
  private record Comparison(int index, Double target) {}

  /** The rows that get a share of the ceiling; null while a ceiling itself is measured. */
  private List<Comparison> compared = new ArrayList<>();

  private final List<Double> ceilings = new ArrayList<>();

  /** A JFR recording runs: the rows say so (its cost is in their figures). */
  private boolean underRecording;

  BenchRun(
      BenchSettings settings,
      DataSource db,
      ServerProcess server,
      CpuMeter cpu,
      HttpClient http,
      Report report) {
    this.settings = settings;
    this.db = db;
    this.statements = new Statements(db);
    this.server = server;
    this.cpu = cpu;
    this.http = http;
    this.report = report;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + settings.port() + path);
  }

  /** Measures a call under load and adds its row; compared with the ceiling later. */
  Report.Row measure(String name, int clientCount, Load.Call call, Double target, String targetText)
      throws Exception {
    AtomicLong sent = new AtomicLong();
    statements.reset();
    long before = statements.count();
    CpuMeter.Reading cpuBefore = cpu.read();
    Load.Result result =
        Load.run(settings.port(), clientCount, settings.warmup(), settings.window(), call, sent);
    CpuMeter.Reading used = cpu.read().minus(cpuBefore);
    long after = statements.count();
    statements.printPerRequest(name, sent.get());
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

  /** One run of the ceiling: the trivial JAX-RS endpoint on the same server. */
  void measureCeiling(String name) throws Exception {
    List<Comparison> keep = compared;
    compared = null;
    ceilings.add(
        measure(name, settings.clients(), c -> Requests.ok(c.get("/ceiling/ping", false)), null, "")
            .result()
            .perSecond());
    compared = keep;
  }

  /** Each compared row's share of the median ceiling, and whether it meets its target. */
  void compareWithCeiling() {
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
                .collect(Collectors.joining("; "))));
    report.figure(
        String.format(
            Locale.ROOT,
            "shares of the ceiling compare with the median of its three runs: %.0f requests/s (runs:"
                + " %s)",
            median,
            ceilings.stream()
                .map(v -> String.format(Locale.ROOT, "%.0f", v))
                .collect(Collectors.joining(", "))));
  }

  /** What a scenario measures. */
  interface Measured {
    void run() throws Exception;
  }

  /** Runs a scenario, under a JFR recording when {@code bench.jfr} is set. */
  void recorded(String name, Measured scenario) throws Exception {
    if (!settings.jfr()) {
      scenario.run();
      return;
    }
    Path file = settings.work().resolve("bench-" + name + ".jfr");
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
}
