package dev.paydesk.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database and CCPayment (or the sandbox) both answer; each probe's verdict
 * and details are the check's data ({@code database: UP product=PostgreSQL}).
 */
@Readiness
@ApplicationScoped
public class PaydeskReadiness implements HealthCheck {

  /** What Paydesk cannot serve without. */
  static final List<String> REQUIRED = List.of("database", "ccpayment");

  @Inject @Any Instance<ReadinessProbe> probes;

  @Override
  public HealthCheckResponse call() {
    Map<String, ReadinessProbe> byName = new TreeMap<>();
    probes.forEach(p -> byName.put(p.name(), p));
    HealthCheckResponseBuilder response = HealthCheckResponse.named("paydesk");
    boolean up = true;
    for (String name : REQUIRED) {
      ReadinessProbe probe = byName.get(name);
      if (probe == null) {
        up = false;
        response.withData(name, "DOWN starting");
        continue;
      }
      ReadinessProbe.Result result = probe.check();
      up &= result.up();
      response.withData(name, (result.up() ? "UP" : "DOWN") + details(result.data()));
    }
    return response.status(up).build();
  }

  private static String details(Map<String, String> data) {
    return new TreeMap<>(data)
        .entrySet().stream()
            .map(e -> " " + e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining());
  }
}
