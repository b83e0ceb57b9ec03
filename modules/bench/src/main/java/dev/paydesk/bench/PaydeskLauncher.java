package dev.paydesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Starts Paydesk as a merchant runs it (Payara Micro, its WAR, PostgreSQL, the sandbox over HTTP),
 * with the ceiling's trivial endpoint deployed beside it on the same server, and waits for it to be
 * ready.
 */
final class PaydeskLauncher {

  private final BenchSettings settings;
  private final HttpClient http;

  PaydeskLauncher(BenchSettings settings, HttpClient http) {
    this.settings = settings;
    this.http = http;
  }

  /** Starts the server on the embedded database's port; its output goes to bench-payara.log. */
  Process start(int pgPort) throws IOException {
    Path ceilingWar = ceilingWar();
    int port = settings.port();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Djava.io.tmpdir=" + settings.work(),
            "-Duser.timezone=UTC",
            "-Dpaydesk.public-url=http://localhost:" + port + "/paydesk",
            "-Dpaydesk.db.class=org.postgresql.ds.PGSimpleDataSource",
            "-Dpaydesk.db.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
            "-Dpaydesk.db.user=postgres",
            "-Dpaydesk.db.password=postgres",
            "-Dpaydesk.api.keys=" + Requests.API_KEY,
            "-Dpaydesk.console.initial-admin-password=" + Requests.CONSOLE_PASSWORD,
            "-Dpaydesk.timers.enabled=false",
            // the webhook scenario posts CCPayment v1 webhooks, so its orders are made on v1
            "-Dpaydesk.ccpayment.api=v1",
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
            settings.root().resolve("config").resolve("payara-micro-preboot.asadmin").toString(),
            "--postbootcommandfile",
            settings.root().resolve("config").resolve("payara-micro-postboot.asadmin").toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(settings.work().resolve("bench-payara.log").toFile())
        .start();
  }

  /** Milliseconds from {@code started} (nanos) to {@code /health/ready} answering UP. */
  long awaitReady(long started) throws IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + settings.port() + "/health/ready"))
                    .build(),
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

  /** A WAR of the ceiling's classes (from this module's build output). */
  private Path ceilingWar() throws IOException {
    Path classes = Path.of(System.getProperty("bench.ceilingClasses"));
    Path war = settings.work().resolve("ceiling.war");
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
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      zip.putNextEntry(new ZipEntry("WEB-INF/lib/" + driver.getFileName()));
      Files.copy(driver, zip);
      zip.closeEntry();
    }
    return war;
  }
}
