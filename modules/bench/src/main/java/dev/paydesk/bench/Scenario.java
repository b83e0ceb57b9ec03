package dev.paydesk.bench;

/** One thing the harness measures; {@code bench.only} names it by its group. */
interface Scenario {

  String group();

  void run(BenchRun run) throws Exception;
}
