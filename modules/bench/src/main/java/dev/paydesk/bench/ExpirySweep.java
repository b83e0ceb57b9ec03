package dev.paydesk.bench;

import dev.paydesk.bench.Seeder.Kind;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The expiry sweep as the timer runs it (the operations endpoint calls the same use case), run
 * again until no order is due, at each {@code stored:due} size of {@code bench.expiry}: the time to
 * expire them all, and what a page of the due query costs at the start and halfway through.
 */
final class ExpirySweep implements Scenario {

  /** Unpaid orders due a minute ago: one status's range of {@code ix_payment_order_due} (V16). */
  private static final String DUE_UNPAID =
      "FROM payment_order WHERE status = 'AWAITING_PAYMENT' AND expires_at <= now() - interval '1"
          + " minute'";

  /** A page of the due query in milliseconds: the first, and one halfway through. */
  private record DuePages(double first, double halfway) {}

  @Override
  public String group() {
    return "expiry";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    long stored = 0;
    long due = 0;
    for (String pair : run.settings.expiry().split(",")) {
      String[] sizes = pair.split(":");
      long wantStored = Long.parseLong(sizes[0].trim());
      long wantDue = Long.parseLong(sizes[1].trim());
      long now = run.statements.count("SELECT count(*) FROM payment_order");
      long more = Math.max(0, wantStored - wantDue - now);
      run.seeder.seed(Kind.STORED, stored + 1, stored + more);
      stored += more;
      run.seeder.seed(Kind.DUE, due + 1, due + wantDue);
      due += wantDue;
      run.recorded("expiry-" + wantDue, () -> sweep(run, wantDue));
    }
  }

  private void sweep(BenchRun run, long due) throws Exception {
    long stored = run.statements.count("SELECT count(*) FROM payment_order");
    DuePages pages = duePages(run.statements, due);
    run.statements.reset();
    long started = System.nanoTime();
    int runs = 0;
    long expired = 0;
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", run.settings.port())) {
      while (dueNow(run.statements) > 0 && runs < 1000) {
        expired += Requests.expiryRun(c);
        runs++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String statements = run.statements.summary("sweep", seconds);
    long left = dueNow(run.statements);
    long timelines =
        run.statements.count(
            "SELECT count(*) FROM order_event e JOIN payment_order o ON o.id = e.order_id"
                + " WHERE o.public_id LIKE 'co_D%' AND e.to_status = 'EXPIRED'");
    run.report.figure(
        String.format(
            Locale.ROOT,
            "expiry sweep, %,d stored / %,d due: %,d expired in %.1f s (%,.0f orders/s) over %d"
                + " run(s) of the timer's use case, %d left due; bill/info calls %,.0f/s; a page of"
                + " the due query %.2f ms, halfway through %.2f ms; EXPIRED timeline"
                + " entries of due orders so far %,d (target: 100k among 1M in < 5 s); %s",
            stored,
            due,
            expired,
            seconds,
            expired / seconds,
            runs,
            left,
            Math.ceil(due / 100.0) / seconds,
            pages.first(),
            pages.halfway(),
            timelines,
            statements));
  }

  /**
   * The first page as the sweep reads it (one status, in index order), and a page halfway through
   * the due orders, after the last order of the page before it, the keyset's start an index
   * condition as in the sweep ({@code NaN} when fewer than two orders are due).
   */
  private static DuePages duePages(Statements statements, long due) throws SQLException {
    double first =
        statements.queryMillis("SELECT * " + DUE_UNPAID + " ORDER BY expires_at, id LIMIT 100");
    if (due < 2) {
      return new DuePages(first, Double.NaN);
    }
    String[] after =
        statements
            .text(
                "SELECT expires_at || '|' || id "
                    + DUE_UNPAID
                    + " ORDER BY expires_at, id OFFSET "
                    + due / 2
                    + " LIMIT 1")
            .split("\\|");
    String keyset =
        String.format(
            "expires_at >= '%1$s' AND (expires_at > '%1$s' OR (expires_at = '%1$s' AND id > %2$s))",
            after[0], after[1]);
    return new DuePages(
        first,
        statements.queryMillis(
            "SELECT * " + DUE_UNPAID + " AND " + keyset + " ORDER BY expires_at, id LIMIT 100"));
  }

  private static long dueNow(Statements statements) throws SQLException {
    return statements.count(
        "SELECT count(*) FROM payment_order WHERE status IN ('AWAITING_PAYMENT', 'UNDERPAID')"
            + " AND expires_at <= now() - interval '1 minute'");
  }
}
