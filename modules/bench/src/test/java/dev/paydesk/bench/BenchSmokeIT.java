package dev.paydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end at a small size (seconds per scenario, thousands of orders): every
 * scenario runs, answers without errors, and the results are written. The figures of a run this
 * short mean nothing; that the harness works is what the suite keeps true.
 */
class BenchSmokeIT {

  @Test
  void everyScenarioRunsAndTheResultsAreWritten() throws Exception {
    Path out = Path.of(System.getProperty("bench.work")).resolve("results");
    System.setProperty("bench.out", out.toString());
    System.setProperty("bench.port", "8096");
    System.setProperty("bench.warmup", "PT1S");
    System.setProperty("bench.window", "PT2S");
    System.setProperty("bench.jvm-warmup", "PT2S");
    System.setProperty("bench.clients", "8");
    System.setProperty("bench.payable", "20000");
    System.setProperty("bench.expiry", "23000:1000,26000:2000");

    Report report = new Bench().run();

    assertThat(report.rows())
        .extracting(Report.Row::scenario)
        .contains(
            "ceiling 1 of 3 (trivial JAX-RS), before the JVM warm-up",
            "database: single-row INSERT, autocommit (JDBC)",
            "status read (random checkouts)",
            "QR image",
            "create checkout (sandbox over HTTP)",
            "webhook ingest (distinct webhooks)",
            "webhook duplicate (already applied)",
            "floor: trivial JAX-RS + one indexed read (plain JDBC, server's pool)",
            "floor: trivial JAX-RS + one committed INSERT (plain JDBC, server's pool)",
            "console order list, no filter, first page",
            "console order list, search: merchant order id, first page");
    assertThat(report.rows())
        .allSatisfy(
            row -> {
              assertThat(row.result().errors()).as(row.scenario()).isZero();
              assertThat(row.result().requests()).as(row.scenario()).isPositive();
            });
    assertThat(report.figures())
        .anySatisfy(f -> assertThat(f).startsWith("boot to ready"))
        .anySatisfy(f -> assertThat(f).contains("1,000 due: 1,000 expired").contains("0 left due"))
        .anySatisfy(f -> assertThat(f).contains("2,000 due: 2,000 expired").contains("0 left due"))
        .anySatisfy(f -> assertThat(f).startsWith("CSV export of all"))
        .anySatisfy(f -> assertThat(f).startsWith("after the load: heap"));
    String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    assertThat(out.resolve(date + ".md")).exists();
    assertThat(Files.size(out.resolve(date + ".png"))).isPositive();
  }
}
