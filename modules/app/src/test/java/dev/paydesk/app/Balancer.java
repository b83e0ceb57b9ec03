package dev.paydesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx running {@code config/nginx-paydesk.conf} as shipped, in front of the Paydesk
 * under test (only the upstream and listen ports changed; in the foreground, stopped by {@link
 * #close()}). Without nginx the test fails, never skips ({@code .ci/run} installs it).
 */
final class Balancer implements AutoCloseable {

  static final Path NGINX = Path.of("/usr/sbin/nginx");
  private final Path home;
  private final int port;

  private final Process nginx;

  private Balancer(Path home, int port, Process nginx) {
    this.home = home;
    this.port = port;
    this.nginx = nginx;
  }

  static Balancer start(int paydeskPort, int port) throws Exception {
    if (!Files.isExecutable(NGINX)) {
      throw new IllegalStateException(
          "the balancer test needs Debian's nginx: apt-get install nginx-light (.ci/run does)");
    }
    Path home = Files.createDirectories(Path.of("target", "nginx").toAbsolutePath());
    Files.createDirectories(home.resolve("logs"));
    String site =
        Files.readString(Path.of(System.getProperty("paydesk.it.nginx-config")))
            .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + paydeskPort + ";")
            .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
    Files.writeString(home.resolve("site.conf"), site);
    Files.writeString(
        home.resolve("nginx.conf"),
        String.join(
            "\n",
            "worker_processes 1;",
            "pid " + home.resolve("nginx.pid") + ";",
            "error_log " + home.resolve("logs/error.log") + ";",
            "events { worker_connections 256; }",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + home.resolve("body") + ";",
            "  proxy_temp_path " + home.resolve("proxy") + ";",
            "  include " + home.resolve("site.conf") + ";",
            "}",
            ""));
    Process nginx =
        new ProcessBuilder(
                NGINX.toString(),
                "-p",
                home.toString(),
                "-c",
                home.resolve("nginx.conf").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("logs/output.log").toFile())
            .start();
    Balancer balancer = new Balancer(home, port, nginx);
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      if (!nginx.isAlive()) {
        throw new IllegalStateException(
            "nginx stopped: " + Files.readString(home.resolve("logs/output.log")));
      }
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return balancer;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    balancer.close();
    throw new IllegalStateException("nginx did not listen on " + port);
  }

  /** Sends one request as written (no client-side cleaning) and returns the raw answer. */
  String send(String method, String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
      OutputStream out = socket.getOutputStream();
      String body = method.equals("POST") ? "{}" : "";
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + (body.isEmpty() ? "" : "Content-Type: application/json\r\n")
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }

  @Override
  public void close() throws Exception {
    nginx.destroy();
    if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
      nginx.destroyForcibly().waitFor();
    }
  }
}
