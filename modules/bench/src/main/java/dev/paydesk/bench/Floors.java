package dev.paydesk.bench;

/**
 * The floors under the status read and the duplicate webhook: the ceiling's trivial JAX-RS answer
 * plus one indexed read, or one committed single-row INSERT, in plain JDBC through a pool of the
 * same server ({@code Floor} in the ceiling WAR). No design that reads or writes a row per request
 * on this server can be faster than these.
 */
final class Floors implements Scenario {

  @Override
  public String group() {
    return "floor";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    run.statements.execute(
        "CREATE TABLE IF NOT EXISTS bench_floor (id BIGSERIAL PRIMARY KEY, v TEXT)");
    run.measure(
        "floor: trivial JAX-RS + one indexed read (plain JDBC, server's pool)",
        run.settings.clients(),
        c -> Requests.ok(c.get("/ceiling/db/read/" + Requests.pick(run.ids), false)),
        null,
        "");
    byte[] nothing = new byte[0];
    run.measure(
        "floor: trivial JAX-RS + one committed INSERT (plain JDBC, server's pool)",
        run.settings.clients(),
        c -> Requests.ok(c.send("POST", "/ceiling/db/write", "", nothing, false)),
        null,
        "");
  }
}
