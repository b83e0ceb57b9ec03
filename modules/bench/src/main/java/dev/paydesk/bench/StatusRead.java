package dev.paydesk.bench;

/** What every buyer's page polls: one checkout's status, read through the shop API. */
final class StatusRead implements Scenario {

  @Override
  public String group() {
    return "status";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    run.recorded(
        "status",
        () ->
            run.measure(
                "status read (random checkouts)",
                run.settings.clients(),
                c ->
                    Requests.ok(
                        c.get("/paydesk/api/v1/checkouts/" + Requests.pick(run.ids), false)),
                0.50,
                "≥ 50 %"));
  }
}
