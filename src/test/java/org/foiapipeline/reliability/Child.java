package org.foiapipeline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code foia} as a separate JVM, the way a batch job runs it, so that it can be killed, starved of
 * disk or raced against another process. Output goes to files so that a killed child never blocks on a pipe.
 */
final class Child {
  /** The heap every child gets: the memory promise under test. */
  static final String HEAP = "-Xmx512m";

  private final Process process;
  private final Path out;
  private final Path err;
  private final long started = System.nanoTime();

  private Child(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code foia ARGS...} with its output in {@code logs}/NAME.out and .err. */
  static Child start(Path logs, String name, String... args) throws IOException {
    return startInShell(logs, name, "", args);
  }

  /**
   * Starts {@code foia ARGS...} through {@code sh -c 'PREFIX exec java ...'}, so that a shell prefix such as
   * {@code ulimit -f 64;} applies to the JVM; no shell when the prefix is empty.
   */
  static Child startInShell(Path logs, String name, String shellPrefix, String... args) throws IOException {
    Files.createDirectories(logs);
    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-cp", classpath(), "org.foiapipeline.cli.Main"));
    java.addAll(List.of(args));
    List<String> command = shellPrefix.isEmpty() ? java : shell(shellPrefix, java);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    return new Child(builder.start(), out, err);
  }

  private static List<String> shell(String prefix, List<String> java) {
    StringBuilder line = new StringBuilder(prefix).append(" exec");
    for (String arg : java) {
      line.append(" '").append(arg.replace("'", "'\\''")).append('\'');
    }
    return List.of("sh", "-c", line.toString());
  }

  private static String classpath() {
    String own = Path.of("target", "classes").toAbsolutePath().toString();
    return own + java.io.File.pathSeparator + System.getProperty("java.class.path");
  }

  /** Waits for the end; kills the child and fails when it takes longer than {@code limit}. */
  int await(Duration limit) throws IOException, InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("foia did not finish within " + limit + "; stderr:\n" + err());
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }
}
