package dev.paydesk.bench;

import dev.paydesk.bench.Seeder.Kind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The benchmark harness: starts PostgreSQL (embedded, production durability) and Paydesk on Payara
 * Micro with the ceiling's trivial endpoint beside it, seeds orders, runs each scenario and writes
 * the report ({@code docs/bench/DATE.md} and its chart). Run: {@code ./mvnw -P bench -DskipTests
 * verify}; {@code bench.only} picks groups. The method is in {@code docs/benchmarks.md}.
 *
 * <p>The order of a run: the ceiling (1 of 3), a mixed JVM warm-up, the ceiling (2 of 3), the
 * request scenarios, the ceiling (3 of 3) and each row's share of the median ceiling; then the
 * expiry sweeps and the console at the stored volume, and the server's heap after it all.
 */
public final class Bench {

  /** Measured one after another, between the second and the third ceiling run. */
  private static final List<Scenario> REQUESTS =
      List.of(
          new InsertRate(),
          new Floors(),
          new StatusRead(),
          new QrImage(),
          new CreateCheckout(),
          new WebhookIngest());

  /** Measured at the stored volume, after the request scenarios. */
  private static final List<Scenario> AT_VOLUME = List.of(new ExpirySweep(), new ConsoleList());

  private final BenchSettings settings = BenchSettings.fromSystemProperties();

  public static void main(String[] args) throws Exception {
    new Bench().run();
  }

  /** Runs every scenario and writes the results; returns them. */
  public Report run() throws Exception {
    Files.createDirectories(settings.work());
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(settings.work().resolve("pg-work").toFile())
            .setDataDirectory(settings.work().resolve("pg-data-" + UUID.randomUUID()).toFile())
            .setCleanDataDirectory(true)
            // production durability (the embedded default turns synchronous commit off)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .start()) {
      new Statements(postgres.getPostgresDatabase())
          .execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      PaydeskLauncher launcher = new PaydeskLauncher(settings, http);
      long started = System.nanoTime();
      Process payara = launcher.start(postgres.getPort());
      try {
        long bootMillis = launcher.awaitReady(started);
        Report report =
            new Report(
                "Benchmark " + LocalDate.now(ZoneOffset.UTC),
                String.format(
                    Locale.ROOT,
                    "PostgreSQL %s (embedded, synchronous commit on), Payara Micro, sandbox gateway"
                        + " over HTTP; %d cores; closed-loop clients on kept-alive connections;"
                        + " warm-up %d s, window %d s. Command: `./mvnw -P bench -DskipTests verify`.",
                    Seeder.count(postgres.getPostgresDatabase(), "SHOW server_version_num") / 10000,
                    Runtime.getRuntime().availableProcessors(),
                    settings.warmup().toSeconds(),
                    settings.window().toSeconds()));
        report.figure(
            String.format(
                Locale.ROOT,
                "boot to ready: %.1f s (process start to /health/ready UP; target < 20 s: %s)",
                bootMillis / 1000.0,
                bootMillis < 20_000 ? "met" : "**not met**"));
        BenchRun run =
            new BenchRun(
                settings,
                postgres.getPostgresDatabase(),
                new ServerProcess(payara),
                new CpuMeter(payara.pid()),
                http,
                report);
        scenarios(run);
        report.write(settings.out(), LocalDate.now(ZoneOffset.UTC).toString());
        return report;
      } finally {
        payara.destroy();
        payara.waitFor();
      }
    }
  }

  private void scenarios(BenchRun run) throws Exception {
    String template = Requests.createdId(settings.port(), "bench-template");
    for (int i = 0; i < 500; i++) {
      run.ids.add(Requests.createdId(settings.port(), "bench-read-" + i));
    }
    run.seeder = new Seeder(run.db, template);
    run.seeder.seed(Kind.PAYABLE, 1, settings.payable());

    // the ceiling three times (before the JVM warm-up, after it, after the request scenarios): on
    // this shared machine one run of it has measured anywhere from 2,600 to 7,300 requests/s, so
    // each scenario is compared with the median of the three
    run.measureCeiling("ceiling 1 of 3 (trivial JAX-RS), before the JVM warm-up");
    new WarmUp().run(run);
    run.measureCeiling("ceiling 2 of 3, after the warm-up");
    for (Scenario scenario : REQUESTS) {
      if (settings.wants(scenario.group())) {
        scenario.run(run);
      }
    }
    run.measureCeiling("ceiling 3 of 3, after the request scenarios");
    run.compareWithCeiling();
    for (Scenario scenario : AT_VOLUME) {
      if (settings.wants(scenario.group())) {
        scenario.run(run);
      }
    }
    run.report.figure(
        String.format(
            Locale.ROOT,
            "after the load: heap in use after a full GC %.0f MB (-Xmx512m; target < 512 MB), RSS"
                + " %.0f MB",
            run.server.heapAfterGcMb(),
            run.server.rssMb()));
  }
}
