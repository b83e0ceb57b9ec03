package dev.paydesk.bench;

import dev.paydesk.bench.Seeder.Kind;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CCPayment's webhooks as they come: distinct ones, each paying a seeded order in full, then the
 * same ones again (already applied); afterwards, each order paid once and each payment stored once.
 */
final class WebhookIngest implements Scenario {

  @Override
  public String group() {
    return "webhook";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    int payable = run.settings.payable();
    AtomicInteger next = new AtomicInteger();
    List<String> applied = new CopyOnWriteArrayList<>();
    AtomicInteger again = new AtomicInteger();
    run.recorded(
        "webhook",
        () -> {
          run.measure(
              "webhook ingest (distinct webhooks)",
              run.settings.clients(),
              c -> {
                int n = next.incrementAndGet();
                if (n > payable) {
                  throw new IllegalStateException("more webhooks than seeded orders");
                }
                String body = Requests.webhook(Kind.PAYABLE, n);
                boolean ok = Requests.webhook(c, body);
                if (ok && applied.size() < 20_000) {
                  applied.add(body);
                }
                return ok;
              },
              0.15,
              "≥ 15 %");
          run.measure(
              "webhook duplicate (already applied)",
              run.settings.clients(),
              c ->
                  Requests.webhook(
                      c, applied.get(Math.floorMod(again.incrementAndGet(), applied.size()))),
              0.40,
              "≥ 40 %, ≤ 2 statements");
        });
    long credited =
        run.statements.count(
            "SELECT count(*) FROM payment_order WHERE status = 'PAID' AND public_id LIKE 'co_W%'");
    run.report.figure(
        String.format(
            Locale.ROOT,
            "webhooks: %d distinct webhooks answered `success`, %d orders PAID by them,"
                + " payments stored %d (each once)",
            next.get(),
            credited,
            run.statements.count(
                "SELECT count(*) FROM payment p JOIN payment_order o ON o.id = p.order_id"
                    + " WHERE o.public_id LIKE 'co_W%'")));
  }
}
