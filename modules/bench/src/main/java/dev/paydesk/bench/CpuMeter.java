package dev.paydesk.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from {@code /proc}: the server's JVM, PostgreSQL's processes and the whole machine, so
 * that each scenario says what a request cost and whether the machine was the limit.
 */
final class CpuMeter {

  /** Clock ticks per second of {@code /proc}'s counters (USER_HZ, 100 on Linux). */
  private static final double HZ = 100.0;

  /** CPU seconds used so far. */
  record Reading(double server, double postgres, double busy, double total) {
    Reading minus(Reading earlier) {
      return new Reading(
          server - earlier.server,
          postgres - earlier.postgres,
          busy - earlier.busy,
          total - earlier.total);
    }

    /** Share of the machine's CPU time that was busy. */
    double busyShare() {
      return total == 0 ? 0 : busy / total;
    }
  }

  private final long serverPid;

  CpuMeter(long serverPid) {
    this.serverPid = serverPid;
  }

  Reading read() throws IOException {
    double postgres = 0;
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          if (stat.contains("(postgres)")) {
            postgres += ticks(stat);
          }
        } catch (IOException gone) {
          // the process ended meanwhile
        }
      }
    }
    double server = ticks(Files.readString(Path.of("/proc", Long.toString(serverPid), "stat")));
    String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    double total = 0;
    double idle = 0;
    for (int i = 1; i < cpu.length && i <= 8; i++) {
      double v = Double.parseDouble(cpu[i]);
      total += v;
      if (i == 4 || i == 5) { // idle, iowait
        idle += v;
      }
    }
    return new Reading(server / HZ, postgres / HZ, (total - idle) / HZ, total / HZ);
  }

  /** utime + stime of one /proc/PID/stat line (fields 14 and 15, after the command's name). */
  private static double ticks(String stat) {
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Double.parseDouble(after[11]) + Double.parseDouble(after[12]);
  }
}
