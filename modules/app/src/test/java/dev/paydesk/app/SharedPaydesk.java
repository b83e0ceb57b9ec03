package dev.paydesk.app;

import java.net.URL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * One Paydesk for every test class of this JVM (one failsafe execution: one database, one set of
 * flags): the built WAR on a Payara Micro process started before the first class that asks for it
 * and stopped when the last class of the run has finished. A boot costs about 20 s; the classes
 * that share it make their own orders, users and sessions and look only at those. Its output goes
 * to {@code target/instance-8080-*.log}.
 */
final class SharedPaydesk implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(SharedPaydesk.class);

  private static volatile Running running;

  /** The running instance, stopped when the run's root context closes (or the JVM exits). */
  private record Running(PaydeskInstance instance)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      instance.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                Running.class,
                type -> {
                  PaydeskInstance instance = PaydeskInstance.start(FreeHttpPort.PORT);
                  Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
                  return new Running(instance);
                },
                Running.class);
  }

  /** Where the shared Paydesk answers ({@code http://localhost:8080/paydesk/}). */
  static URL url() {
    if (running == null) {
      throw new IllegalStateException("no shared Paydesk: register SharedPaydesk on the class");
    }
    return running.instance().url();
  }
}
