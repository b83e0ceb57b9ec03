package dev.paydesk.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every path the scenarios take, mixed, before anything is measured ({@code bench.jvm-warmup}): the
 * JIT compiles Payara's, EclipseLink's and Paydesk's code once, so the first scenario is not
 * measured on colder code than the last (a 5 s warm-up of its own is not enough for that).
 */
final class WarmUp implements Scenario {

  @Override
  public String group() {
    return "warmup";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    Duration jvmWarmup = run.settings.jvmWarmup();
    if (jvmWarmup.isZero()) {
      return;
    }
    AtomicInteger turn = new AtomicInteger();
    Load.run(
        run.settings.port(),
        run.settings.clients(),
        Duration.ZERO,
        jvmWarmup,
        c ->
            switch (Math.floorMod(turn.incrementAndGet(), 4)) {
              case 0 -> Requests.ok(c.get("/ceiling/ping", false));
              case 1 ->
                  Requests.ok(c.get("/paydesk/api/v1/checkouts/" + Requests.pick(run.ids), false));
              case 2 ->
                  Requests.ok(
                      c.get("/paydesk/api/v1/checkouts/" + Requests.pick(run.ids) + "/qr", false));
              default -> Requests.create(c);
            },
        new AtomicLong());
    run.report.figure(
        "JVM warm-up before the first scenario: " + jvmWarmup.toSeconds() + " s, mixed");
  }
}
