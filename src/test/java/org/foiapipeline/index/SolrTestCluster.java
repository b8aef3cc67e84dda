package org.foiapipeline.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Solr's own test cluster (MiniSolrCloudCluster, solr-test-framework 9.10.1) in a child JVM with its own
 * classpath: Solr 9 runs on Jetty 10, this project's web app on Jetty 12, and one classpath cannot hold both.
 * The classpath comes from the small build in {@code solr/test-cluster}, made once with the Maven that runs
 * the tests.
 */
final class SolrTestCluster implements AutoCloseable {
  private static final Path PROJECT = Path.of("solr/test-cluster");

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final String zkHost;
  /** Answers to commands; Solr's log lines on standard output are drained meanwhile, or a full pipe stalls Solr. */
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

  private SolrTestCluster(Process process, Path log) throws IOException {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.zkHost = answer("ZK ").substring(3).strip();
    Thread drain = new Thread(() -> drain(log), "solr-test-cluster-stdout");
    drain.setDaemon(true);
    drain.start();
  }

  private void drain(Path log) {
    try (Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("OK") || line.startsWith("ERR")) {
          answers.add(line);
        } else {
          file.write(line);
          file.write('\n');
        }
      }
    } catch (IOException e) {
      // the cluster stopped; a pending command sees no answer and says so
    }
    answers.add("ERR the Solr test cluster stopped; see its logs");
  }

  /** Starts a cluster of {@code nodes} Solr nodes with files under {@code base}; returns once it is up. */
  static SolrTestCluster start(Path base, int nodes) throws IOException, InterruptedException {
    String classpath = classpath();
    Files.createDirectories(base);
    ProcessBuilder pb =
        new ProcessBuilder(
            javaBin(), "-Xmx512m", "-Dsolr.log.dir=" + base.resolve("logs"), "-cp", classpath,
            "org.foiapipeline.solrcluster.ClusterMain", base.resolve("cluster").toString(), Integer.toString(nodes));
    pb.redirectError(base.resolve("cluster-stderr.log").toFile());
    return new SolrTestCluster(pb.start(), base.resolve("cluster-stdout.log"));
  }

  String zkHost() {
    return zkHost;
  }

  void stopNode(int node) throws IOException {
    command("stop " + node);
  }

  private void command(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
    String answer;
    try {
      answer = answers.poll(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for the test cluster: " + line, e);
    }
    if (answer == null || !answer.startsWith("OK")) {
      throw new IOException("test cluster: " + line + " -> " + answer);
    }
  }

  /** The next line starting with {@code prefix} or {@code ERR}, before draining starts; log lines on the way are skipped. */
  private String answer(String prefix) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix) || line.startsWith("ERR")) {
        return line;
      }
    }
    throw new IOException("the Solr test cluster stopped; see its cluster-stderr.log");
  }

  private static String classpath() throws IOException, InterruptedException {
    Path file = PROJECT.resolve("target/classpath");
    if (!Files.exists(file) || !Files.exists(PROJECT.resolve("target/classes"))) {
      // Offline first, as the rest of the build runs; online only when Solr's jars are not fetched yet.
      String offline = build(true);
      if (offline != null && build(false) != null) {
        throw new IOException("building " + PROJECT + " failed: " + offline);
      }
    }
    return PROJECT.resolve("target/classes").toAbsolutePath() + java.io.File.pathSeparator + Files.readString(file).strip();
  }

  /** Builds the cluster project; null when it worked, else the build's output. */
  private static String build(boolean offline) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(mavenBin(), "-B", "-q"));
    if (offline) {
      cmd.add("-o");
    }
    cmd.addAll(List.of("-f", PROJECT.resolve("pom.xml").toString(), "package", "dependency:build-classpath",
        "-Dmdep.outputFile=target/classpath"));
    Process build = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return build.waitFor(10, TimeUnit.MINUTES) && build.exitValue() == 0 ? null : log;
  }

  private static String mavenBin() {
    String home = System.getProperty("maven.home");
    return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      in.write("quit\n");
      in.flush();
    } catch (IOException e) {
      // already gone
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
