package dev.paydesk.bench;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** The console's CSV export of every stored order: its time, size and the server's peak heap. */
final class CsvExport implements Scenario {

  private final String cookie;

  /**
   * @param cookie a signed-in console session's
   */
  CsvExport(String cookie) {
    this.cookie = cookie;
  }

  @Override
  public String group() {
    return "console";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    long stored = run.statements.count("SELECT count(*) FROM payment_order");
    long rows = 0;
    long bytes = 0;
    double seconds;
    double peak;
    try (ServerProcess.HeapWatch heap = run.server.new HeapWatch()) {
      long started = System.nanoTime();
      HttpResponse<InputStream> answer =
          run.http.send(
              HttpRequest.newBuilder(run.uri("/paydesk/console/orders.csv"))
                  .header("Cookie", cookie)
                  .timeout(Duration.ofMinutes(20))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = answer.body()) {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              rows++;
            }
          }
        }
      }
      seconds = (System.nanoTime() - started) / 1e9;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("CSV export: HTTP " + answer.statusCode());
      }
      peak = heap.peakMb();
    }
    run.report.figure(
        String.format(
            Locale.ROOT,
            "CSV export of all %,d orders: %,d lines, %.0f MB in %.1f s; peak heap in use during"
                + " it %.0f MB (-Xmx512m)",
            stored,
            rows,
            bytes / 1e6,
            seconds,
            peak));
  }
}
