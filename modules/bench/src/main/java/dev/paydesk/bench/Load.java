package dev.paydesk.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: each client thread has its own kept-alive connection and sends its next request
 * when the answer to the last one is in, first for a warm-up, then for the measured window.
 * Latencies go into HdrHistogram (3 significant digits). A closed loop has no coordinated omission
 * to correct: no request is scheduled that a slow answer delays.
 */
final class Load {

  /** One request; true when the answer is what a user would call a success. */
  @FunctionalInterface
  interface Call {
    boolean call(KeepAliveClient client) throws IOException;
  }

  /** One request over any kind of client connection. */
  @FunctionalInterface
  interface Step<C> {
    boolean call(C client) throws Exception;
  }

  /** Opens one client's connection. */
  @FunctionalInterface
  interface Opener<C extends AutoCloseable> {
    C open() throws Exception;
  }

  /** What a scenario measured. */
  record Result(long requests, long errors, double perSecond, double p50, double p99) {}

  private Load() {}

  static Result run(
      int port, int clients, Duration warmup, Duration window, Call call, AtomicLong sent)
      throws InterruptedException {
    return run(
        clients,
        warmup,
        window,
        () -> new KeepAliveClient("127.0.0.1", port),
        client -> {
          try {
            return call.call(client);
          } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
          }
        },
        sent);
  }

  static <C extends AutoCloseable> Result run(
      int clients,
      Duration warmup,
      Duration window,
      Opener<C> opener,
      Step<C> step,
      AtomicLong sent)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    long warmEnd = System.nanoTime() + warmup.toNanos();
    long end = warmEnd + window.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t =
          new Thread(
              () -> {
                try (C client = opener.open()) {
                  while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                      return;
                    }
                    boolean ok;
                    try {
                      ok = step.call(client);
                    } catch (Exception e) {
                      ok = false;
                    }
                    sent.incrementAndGet();
                    long took = System.nanoTime() - start;
                    if (start >= warmEnd) {
                      recorder.recordValue(took);
                      if (!ok) {
                        errors.incrementAndGet();
                      }
                    }
                  }
                } catch (Exception e) {
                  throw new IllegalStateException("client could not connect", e);
                }
              },
              "bench-client-" + c);
      t.start();
      threads.add(t);
    }
    Thread.sleep(warmup.toMillis());
    recorder.reset();
    for (Thread t : threads) {
      t.join();
    }
    Histogram h = recorder.getIntervalHistogram();
    return new Result(
        h.getTotalCount(),
        errors.get(),
        h.getTotalCount() / (window.toNanos() / 1e9),
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6);
  }

  /** Latencies of a few requests one after another (pages measured for their own time). */
  static Result sequential(int count, Call call, KeepAliveClient client) throws IOException {
    Histogram h = new Histogram(3);
    long errors = 0;
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      if (!call.call(client)) {
        errors++;
      }
      h.recordValue(System.nanoTime() - start);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(
        count,
        errors,
        count / seconds,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6);
  }
}
