package dev.paydesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Another Paydesk: the built WAR on a Payara Micro process of its own, with the flags of the
 * instance under test (same shop endpoints, same database unless told otherwise), for what one
 * Arquillian container cannot show: a second instance on the same database, and an instance killed
 * ({@code kill -9}) and started again. Its output goes to {@code target/instance-*.log}.
 */
final class PaydeskInstance implements AutoCloseable {

  private final Process process;
  private final int port;
  final Path log;
  private final String name;

  private PaydeskInstance(Process process, int port, Path log, String name) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.name = name;
  }

  /**
   * Another WAR (the example shop) on a Payara Micro of its own, ready once {@code readyPath}
   * answers 200, at most three minutes.
   */
  static PaydeskInstance startWar(
      int port, String war, String contextRoot, String readyPath, String... flags) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx384m", "-Djava.io.tmpdir=target", "-Duser.timezone=UTC"));
    command.addAll(Arrays.asList(flags));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            war,
            "--contextroot",
            contextRoot,
            "--port",
            Integer.toString(port),
            "--nohazelcast"));
    PaydeskInstance instance = launch(command, port, contextRoot);
    instance.awaitReady(
        URI.create("http://localhost:" + port + "/" + contextRoot + "/" + readyPath),
        answer -> true);
    return instance;
  }

  private static PaydeskInstance launch(List<String> command, int port, String name) {
    try {
      Path log = Files.createTempFile(Path.of("target"), "instance-" + port + "-", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new PaydeskInstance(process, port, log, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts one and waits until it is ready (readiness UP), at most three minutes. */
  static PaydeskInstance start(int port, String... flags) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(Arrays.asList(System.getProperty("paydesk.it.jvm").trim().split("\\s+")));
    command.add("-Dpaydesk.public-url=http://localhost:" + port + "/paydesk");
    command.addAll(Arrays.asList(flags)); // later flags win
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("paydesk.war"),
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            // the run command's pre-boot (the listener's cookie settings) and post-boot commands
            "--prebootcommandfile",
            System.getProperty("paydesk.it.preboot"),
            "--postbootcommandfile",
            System.getProperty("paydesk.it.postboot")));
    PaydeskInstance instance = launch(command, port, "Paydesk");
    instance.awaitReady(
        URI.create("http://localhost:" + port + "/health/ready"),
        ready -> {
          // while booting, readiness must never say UP before both of Paydesk's checks are there
          if (!ready.body().contains("\"database\":\"UP")
              || !ready.body().contains("\"ccpayment\":\"UP")) {
            instance.close();
            throw new IllegalStateException(
                "readiness UP before all of Paydesk's checks while booting: " + ready.body());
          }
          return true;
        });
    return instance;
  }

  private void awaitReady(
      URI probe, java.util.function.Predicate<HttpResponse<String>> readyAnswer) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " on port " + port + " stopped; see " + log);
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && readyAnswer.test(ready)) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException(name + " on port " + port + " not ready in 3 minutes; " + log);
  }

  URL url() {
    try {
      return URI.create("http://localhost:" + port + "/paydesk/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends it as a crash would: SIGKILL, nothing shut down in order. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
        throw new IllegalStateException("Paydesk on port " + port + " outlived kill -9");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }
}
