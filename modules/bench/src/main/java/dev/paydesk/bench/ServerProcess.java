package dev.paydesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the harness reads of the server's JVM from outside, with the JDK's own tools: heap after a
 * full collection ({@code jcmd GC.heap_info}), resident memory ({@code /proc}), the peak heap
 * during a scenario ({@code jstat -gc} every 100 ms) and JFR recordings ({@code jcmd JFR.start}).
 */
final class ServerProcess {

  private final Process process;
  private final Path jdkBin;

  ServerProcess(Process process) {
    this.process = process;
    this.jdkBin = Path.of(System.getProperty("java.home"), "bin");
  }

  long pid() {
    return process.pid();
  }

  /** Heap in use after a full collection, in MB. */
  double heapAfterGcMb() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
    long kb = 0;
    if (used.find()) { // the first "used" is the whole heap's (G1: "garbage-first heap ... used")
      kb = Long.parseLong(used.group(1));
    }
    return kb / 1024.0;
  }

  /** Resident set size of the server process, in MB. */
  double rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return -1;
  }

  void startRecording(String name, Path file) throws IOException, InterruptedException {
    jcmd("JFR.start", "name=" + name, "settings=default", "filename=" + file);
  }

  void stopRecording(String name) throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=" + name);
  }

  /** Samples the heap in use every 100 ms until closed; {@link #peakMb()} is the highest seen. */
  final class HeapWatch implements AutoCloseable {
    private final Process jstat;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread reader;

    HeapWatch() throws IOException {
      jstat =
          new ProcessBuilder(jdkBin.resolve("jstat").toString(), "-gc", Long.toString(pid()), "100")
              .redirectErrorStream(true)
              .start();
      reader = new Thread(this::read, "bench-jstat");
      reader.start();
    }

    private void read() {
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
        List<String> header = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          List<String> cells = Arrays.asList(line.trim().split("\\s+"));
          if (cells.contains("EU")) {
            header = cells;
            continue;
          }
          if (header == null || cells.size() != header.size()) {
            continue;
          }
          double used = 0;
          for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            used += Double.parseDouble(cells.get(header.indexOf(column)));
          }
          long kb = (long) used;
          peakKb.accumulateAndGet(kb, Math::max);
        }
      } catch (IOException | RuntimeException e) {
        // jstat ended
      }
    }

    double peakMb() {
      return peakKb.get() / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
      jstat.destroy();
      reader.join(5_000);
    }
  }

  private String jcmd(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(jdkBin.resolve("jcmd").toString());
    line.add(Long.toString(pid()));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IOException("jcmd " + String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
