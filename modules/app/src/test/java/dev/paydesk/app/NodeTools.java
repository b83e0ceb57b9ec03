package dev.paydesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The contract tests' Node.js tools (Spectral, TypeScript), installed once per test JVM with {@code
 * npm ci} from the pinned {@code src/test/node/package-lock.json} into {@code target/node-tools},
 * where openapi-generator has put the TypeScript client. A missing Node.js fails the tests (see
 * {@code .ci/run}, which installs it), never skips them.
 */
final class NodeTools {

  /** What a tool printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  private static Path installed;

  private NodeTools() {}

  /** {@code target/node-tools}, with this project's Node sources and {@code node_modules} in it. */
  static synchronized Path installed() {
    if (installed != null) {
      return installed;
    }
    Path tools = Path.of(System.getProperty("paydesk.it.node-tools", "target/node-tools"));
    Path sources = Path.of(System.getProperty("paydesk.it.node-sources", "src/test/node"));
    Run node = run(tools.getParent(), "node", "--version");
    assertTrue(
        node.exitCode() == 0,
        "the contract tests need Node.js 18.18 or later with npm: apt-get install nodejs npm"
            + " (.ci/run does)");
    try {
      Files.createDirectories(tools);
      try (var files = Files.list(sources)) {
        for (Path file : files.toList()) {
          Files.copy(
              file,
              tools.resolve(file.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Run install = run(tools, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline");
    assertTrue(install.exitCode() == 0, "npm ci failed:\n" + install.out() + install.err());
    installed = tools;
    return tools;
  }

  /** A program from the installed {@code node_modules/.bin}, run in the tools' folder. */
  static Run bin(String tool, String... arguments) {
    Path tools = installed();
    List<String> command = new ArrayList<>();
    command.add(tools.resolve("node_modules/.bin").resolve(tool).toString());
    command.addAll(List.of(arguments));
    return run(tools, command.toArray(String[]::new));
  }

  static Run run(Path directory, String... command) {
    try {
      Path out = Files.createTempFile("node-tools", ".out");
      Path err = Files.createTempFile("node-tools", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("still running after 5 minutes: " + String.join(" ", command));
        }
        return new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      // not there at all: the caller's assertion names what to install
      return new Run(127, "", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
