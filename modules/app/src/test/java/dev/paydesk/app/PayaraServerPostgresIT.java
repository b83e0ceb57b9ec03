package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The corporate deployment, for real: full Payara Server (the distribution from Maven Central,
 * unpacked by the build), a domain of its own, {@code config/payara-server-setup.sh} run as a
 * deployer would (the server's own JDBC pool on PostgreSQL, secrets as password aliases, the
 * server-wide settings file, the deploy), then a checkout through to PAID on it.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class PayaraServerPostgresIT {

  private static final String DOMAIN = "paydesk-it";
  private static final int PORT_BASE = 28000; // admin 28048, HTTP 28080
  private static final String DB_PASSWORD = "corp-db-" + UUID.randomUUID();
  private static final String DATABASE = "corp_paydesk";

  private static Path payara;

  @BeforeAll
  static void startADomain() throws Exception {
    payara = Path.of(System.getProperty("paydesk.it.payara-server"), "payara6");
    try (var c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pgPort() + "/postgres", "postgres", "postgres");
        var s = c.createStatement()) {
      s.execute("CREATE ROLE corp_paydesk LOGIN PASSWORD '" + DB_PASSWORD + "'");
      s.execute("CREATE DATABASE " + DATABASE + " OWNER corp_paydesk");
    }
    asadmin(false, "delete-domain", DOMAIN); // left over from an interrupted run
    asadmin(
        true,
        "create-domain",
        "--nopassword",
        "--portbase",
        Integer.toString(PORT_BASE),
        "--checkports=false",
        DOMAIN);
    asadmin(true, "start-domain", DOMAIN);
  }

  @AfterAll
  static void stopTheDomain() throws Exception {
    if (payara != null) {
      asadmin(false, "stop-domain", "--kill=true", DOMAIN);
      // kept for whoever reads a failed run: the domain itself goes
      Path log = payara.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
      if (Files.exists(log)) {
        Files.copy(
            log,
            Path.of(System.getProperty("paydesk.war"))
                .resolveSibling("payara-server-it-server.log"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      asadmin(false, "delete-domain", DOMAIN);
    }
  }

  @Test
  void theSetupScriptDeploysOnTheServersOwnPoolAndACheckoutRunsThroughToPaid() throws Exception {
    long started = System.nanoTime();
    Map<String, String> withoutMode =
        Map.of(
            "ASADMIN",
            payara.resolve("bin/asadmin").toString(),
            "ASADMIN_OPTS",
            "--port " + (PORT_BASE + 48),
            "PAYDESK_DOMAIN",
            DOMAIN,
            "PAYDESK_DB_PORT",
            pgPort(),
            "PAYDESK_DB_NAME",
            DATABASE,
            "PAYDESK_DB_USER",
            "corp_paydesk",
            "PAYDESK_DB_PASSWORD",
            DB_PASSWORD,
            "PAYDESK_API_KEYS",
            PaydeskHttp.API_KEY,
            "PAYDESK_JDBC_DRIVER",
            Path.of(System.getProperty("paydesk.it.payara-server"), "postgresql.jar").toString(),
            "PAYDESK_PUBLIC_URL",
            "http://localhost:" + (PORT_BASE + 80) + "/paydesk");
    // a corporate install that names no mode is refused, before anything is changed
    assertThatThrownBy(
            () ->
                run(
                    withoutMode,
                    List.of(
                        "bash",
                        System.getProperty("paydesk.it.server-setup"),
                        System.getProperty("paydesk.war")),
                    Duration.ofMinutes(1)))
        .hasMessageContaining("exited 2")
        .hasMessageContaining("PAYDESK_GATEWAY_MODE is required");
    Map<String, String> env = new java.util.HashMap<>(withoutMode);
    env.put("PAYDESK_GATEWAY_MODE", "sandbox");
    String setup =
        run(
            env,
            List.of(
                "bash",
                System.getProperty("paydesk.it.server-setup"),
                System.getProperty("paydesk.war")),
            Duration.ofMinutes(6));
    double setupSeconds = (System.nanoTime() - started) / 1e9;

    assertThat(setup).doesNotContain(DB_PASSWORD).doesNotContain(PaydeskHttp.API_KEY);
    String domainXml =
        Files.readString(payara.resolve("glassfish/domains/" + DOMAIN + "/config/domain.xml"));
    assertThat(domainXml)
        .as("secrets stay in the alias store")
        .doesNotContain(DB_PASSWORD)
        .doesNotContain(PaydeskHttp.API_KEY)
        .contains("${ALIAS=paydesk.db.password}");

    URI base = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
    HttpClient http = HttpClient.newHttpClient();
    // ready once the first check of CCPayment, started at deployment in the background, is in
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .ignoreExceptions() // the listener may still be opening after the deploy
        .until(
            () ->
                http.send(
                            HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .statusCode()
                    == 200);
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(base.resolve("health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("product=PostgreSQL");

    PaydeskHttp paydesk = new PaydeskHttp(base.resolve("paydesk/").toURL());
    JsonObject checkout = paydesk.checkout("12.00", PaydeskHttp.USDT_TRC20, null);
    paydesk.pay(checkout, "{\"kind\":\"FULL\"}");
    JsonObject paid = paydesk.awaitStatus(checkout, "PAID");
    assertThat(paid.getString("amountPaid")).isEqualTo("12");

    // the order is in the database behind the server's pool, not in an internal one
    try (var c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pgPort() + "/" + DATABASE,
                "corp_paydesk",
                DB_PASSWORD);
        var s =
            c.prepareStatement("SELECT status FROM payment_order WHERE merchant_order_id = ?")) {
      s.setString(1, checkout.getString("merchantOrderId"));
      try (var rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("PAID");
      }
    }
    assertThat(
            http.send(
                    HttpRequest.newBuilder(base.resolve("metrics")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("metrics are off")
        .isIn(403, 404);
    assertThat(Files.exists(payara.resolve("glassfish/domains/" + DOMAIN + "/config/data")))
        .as("no internal H2 database was made")
        .isFalse();
    System.out.printf(
        java.util.Locale.ROOT,
        "[deployment] Payara Server %s: setup script (driver, restart, aliases, pool, settings,"
            + " deploy) %.0f s; readiness UP on PostgreSQL; checkout %s created and PAID%n",
        System.getProperty("paydesk.it.payara-version", "6"),
        setupSeconds,
        checkout.getString("id"));
  }

  private static String pgPort() {
    return System.getProperty("paydesk.it.postgres.port", "55432");
  }

  private static String asadmin(boolean mustSucceed, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(payara.resolve("bin/asadmin").toString());
    command.add("--port");
    command.add(Integer.toString(PORT_BASE + 48));
    command.addAll(List.of(args));
    try {
      return run(Map.of(), command, Duration.ofMinutes(4));
    } catch (IllegalStateException e) {
      if (mustSucceed) {
        throw e;
      }
      return e.getMessage();
    }
  }

  /** Runs a command with the JDK running the tests, and returns its output; fails on non-zero. */
  private static String run(Map<String, String> env, List<String> command, Duration limit)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String javaHome = System.getProperty("java.home");
    builder.environment().put("AS_JAVA", javaHome);
    builder.environment().put("JAVA_HOME", javaHome);
    builder.environment().putAll(env);
    Path output = Files.createTempFile(Path.of("target"), "payara-server-", ".log");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(command + " did not end in " + limit);
    }
    String text = Files.readString(output);
    System.out.println("[deployment] " + String.join(" ", command) + "\n" + text);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(command + " exited " + process.exitValue() + ":\n" + text);
    }
    return text;
  }
}
