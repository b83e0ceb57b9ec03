package dev.paydesk.ccpayment;

import dev.paydesk.application.health.ReadinessProbe;
import dev.paydesk.application.token.TokenCatalog;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether CCPayment (or the sandbox) answered the last signed call (the token list), refreshed in
 * the background at most once per {@code paydesk.health.gateway-every} per instance, whatever the
 * probe rate: {@code /health/ready} is public, and each probe calling CCPayment would let anyone
 * push Paydesk past CCPayment's 100 requests a second and take checkout creation down. The answer
 * carries a reason word ({@code unreachable}, {@code bad_answer}), never the gateway's own text;
 * that goes to the log and the console.
 */
@ApplicationScoped
public class GatewayProbe implements ReadinessProbe {

  private static final System.Logger LOG = System.getLogger(GatewayProbe.class.getName());

  @Inject TokenCatalog catalog;

  @Inject CcPaymentSettings settings;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paydesk.health.gateway-every", defaultValue = "PT30S")
  Duration every;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile boolean lastUp = true;

  @Override
  public String name() {
    return "ccpayment";
  }

  @Override
  public Result check() {
    var last = catalog.lastAttempt();
    if (last.isEmpty() || !last.get().at().plus(interval(last.get())).isAfter(clock.instant())) {
      refreshInBackground();
    }
    String mode = settings.mode().label();
    if (last.isEmpty()) {
      return new Result(false, Map.of("mode", mode, "state", "starting"));
    }
    var attempt = last.get();
    if (attempt.succeeded()) {
      return new Result(
          true,
          Map.of(
              "mode", mode,
              "tokens", Integer.toString(attempt.tokens()),
              "checked", attempt.at().toString()));
    }
    return new Result(
        false,
        Map.of(
            "mode",
            mode,
            "error",
            TokenCatalog.reasonOf(attempt.failure()),
            "checked",
            attempt.at().toString()));
  }

  /** After a failure CCPayment is asked again sooner: readiness comes back within seconds. */
  private Duration interval(TokenCatalog.Attempt last) {
    return last.succeeded() || every.compareTo(AFTER_FAILURE) < 0 ? every : AFTER_FAILURE;
  }

  static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

  private void refreshInBackground() {
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              var known = catalog.lastAttempt();
              var attempt = catalog.check(known.map(this::interval).orElse(every));
              if (attempt != null && attempt.succeeded() != lastUp) {
                lastUp = attempt.succeeded();
                if (lastUp) {
                  LOG.log(System.Logger.Level.INFO, "CCPayment answers again");
                } else {
                  LOG.log(
                      System.Logger.Level.WARNING,
                      "CCPayment did not answer the readiness check: {0}",
                      attempt.failure().getMessage());
                }
              }
            } finally {
              refreshing.set(false);
            }
          });
    } catch (RuntimeException e) {
      refreshing.set(false);
      throw e;
    }
  }
}
