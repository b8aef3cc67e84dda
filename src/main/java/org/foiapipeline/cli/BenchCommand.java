package org.foiapipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.search.QueryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code foia bench-queries}: latency of a seeded mix of searches, entity lookups and contact tables over a
 * warm index, with the machine it ran on. Used by bench/scale-bench.sh; hidden from the command list.
 */
@Command(name = "bench-queries", hidden = true, mixinStandardHelpOptions = true,
    description = "Times searches, entity lookups and contact tables over a warm index.")
final class BenchCommand implements Callable<Integer> {
  private static final int SLOWEST = 15;

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--count", defaultValue = "1000", description = "Measured requests (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--warmup", defaultValue = "200", description = "Unmeasured requests first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the request mix (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || warmup < 0) {
      throw new IllegalArgumentException("--count must be at least 1 and --warmup at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    Runtime rt = Runtime.getRuntime();
    out.printf("machine: %d cores, max heap %d MB, Java %s%n", rt.availableProcessors(), rt.maxMemory() >> 20,
        System.getProperty("java.version"));
    try (IndexView view = IndexView.open(index.embedded("bench-queries"))) {
      QueryBench bench = new QueryBench(view, new CatalogNames(EntityCatalog.standard()), seed);
      out.printf("index: %s, %d MB on disk, %s; %d contacts; %d jurisdictions in the request pool%n", index.path(),
          bytes(index.path()) >> 20, view.counts(), bench.contactCount(), bench.jurisdictionPool());
      Map<QueryBench.Kind, QueryBench.Latencies> byKind = bench.run(warmup, count);
      out.printf("%-9s %6s %9s %9s %9s %9s%n", "request", "n", "p50 ms", "p90 ms", "p99 ms", "max ms");
      byKind.values().forEach(l -> row(out, l.kind().name().toLowerCase(), l));
      row(out, "all", QueryBench.overall(byKind));
      out.printf("CPU time of the same requests (what they cost without waiting for a core):%n");
      Map<QueryBench.Kind, QueryBench.Latencies> cpu = bench.cpu();
      cpu.values().forEach(l -> row(out, l.kind().name().toLowerCase(), l));
      row(out, "all", QueryBench.overall(cpu));
      out.println("slowest requests (wall ms, CPU ms):");
      bench.slowest(SLOWEST).forEach(r -> out.printf("%9.1f %9.1f  %s%n", r.millis(), r.cpuMillis(), r.what()));
    }
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String name, QueryBench.Latencies l) {
    out.printf("%-9s %6d %9.1f %9.1f %9.1f %9.1f%n", name, l.millis().length, l.percentile(50), l.percentile(90),
        l.percentile(99), l.percentile(100));
  }

  private static long bytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
