package dev.paydesk.bench;

/** A shop's new checkout: stored, made at the sandbox over HTTP (signed), stored again. */
final class CreateCheckout implements Scenario {

  @Override
  public String group() {
    return "create";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    run.recorded(
        "create",
        () -> {
          run.measure("create checkout (sandbox over HTTP)", 8, Requests::create, null, "");
          run.measure(
              "create checkout (sandbox over HTTP)",
              32,
              Requests::create,
              0.10,
              "≥ 10 %, p99 < 100 ms");
        });
  }
}
