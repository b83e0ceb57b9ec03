package dev.paydesk.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before this test JVM's Payara Micro starts: waits until port 8080 is free (the server of the lane
 * before may still be closing), and fails clearly when it stays taken. Payara Micro would otherwise
 * bind the next free port, and every request of the suite, made to {@link PaydeskHttp#PUBLIC_URL},
 * would be refused. Register it before Arquillian's extension.
 */
class FreeHttpPort implements BeforeAllCallback {

  static final int PORT = 8080;

  static final Duration WAIT = Duration.ofSeconds(60);

  private static final AtomicBoolean CHECKED = new AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) throws InterruptedException {
    if (!CHECKED.compareAndSet(false, true)) {
      return; // the server is this JVM's own from here on
    }
    Instant until = Instant.now().plus(WAIT);
    while (!free()) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException(
            "port "
                + PORT
                + " is still taken after "
                + WAIT.toSeconds()
                + " s: stop what holds it (a running Paydesk?) before the tests");
      }
      Thread.sleep(500);
    }
  }

  private static boolean free() {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(PORT));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
