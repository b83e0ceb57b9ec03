package dev.paydesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run measures and where, from system properties ({@code bench.*}; the {@code bench} profile
 * of this module's pom sets them): the port, warm-up and window, clients, seeded sizes, which
 * groups run, and where the results go.
 *
 * @param expiry the expiry sweeps, {@code stored:due} pairs, comma-separated
 * @param only the groups to run ({@code bench.only}, a comma list); empty: all
 */
record BenchSettings(
    int port,
    Duration jvmWarmup,
    Duration warmup,
    Duration window,
    int clients,
    int payable,
    String expiry,
    boolean jfr,
    Set<String> only,
    Path work,
    Path out,
    Path root) {

  static BenchSettings fromSystemProperties() {
    String root = System.getProperty("bench.root", ".");
    return new BenchSettings(
        Integer.getInteger("bench.port", 8095),
        Duration.parse(System.getProperty("bench.jvm-warmup", "PT20S")),
        Duration.parse(System.getProperty("bench.warmup", "PT5S")),
        Duration.parse(System.getProperty("bench.window", "PT10S")),
        Integer.getInteger("bench.clients", 32),
        Integer.getInteger("bench.payable", 100_000),
        System.getProperty("bench.expiry", "200000:20000,1000000:100000"),
        Boolean.getBoolean("bench.jfr"),
        Set.of(System.getProperty("bench.only", "").split(",")).stream()
            .map(String::trim)
            .filter(x -> !x.isEmpty())
            .collect(Collectors.toSet()),
        Path.of(System.getProperty("bench.work", "target")).toAbsolutePath().normalize(),
        Path.of(System.getProperty("bench.out", Path.of(root, "docs", "bench").toString())),
        Path.of(root));
  }

  /** Whether a group of scenarios runs. */
  boolean wants(String group) {
    return only.isEmpty() || only.contains(group);
  }
}
