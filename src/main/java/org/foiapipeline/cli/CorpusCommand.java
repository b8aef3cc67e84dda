package org.foiapipeline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.CorpusSummary;
import org.foiapipeline.corpus.ScanQuality;
import org.foiapipeline.corpus.Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code foia corpus}: synthetic FOIA releases with ground truth. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Synthetic FOIA releases with ground truth (gold.jsonl).",
    subcommands = {CorpusCommand.Generate.class})
public final class CorpusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code foia corpus generate --out DIR [--docs N] [--seed S] [--scanned-ratio R] [--split train|test|all]}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Writes synthetic PDFs (digital, scanned, mixed) and gold.jsonl into --out.")
  static final class Generate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--docs", defaultValue = "100", description = "Number of documents (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; same seed, same bytes (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scanned-ratio", defaultValue = "0.3",
        description = "Share of documents with scanned pages, 0..1 (default ${DEFAULT-VALUE}).")
    double scannedRatio;

    @Option(names = "--split", defaultValue = "all",
        description = "train, test or all (default ${DEFAULT-VALUE}); test alone names held-out counties.")
    String split;

    @Option(names = "--scan-quality", defaultValue = "standard",
        description = "standard or degraded (poorer scans: lower resolution, more skew, noise and blur) (default ${DEFAULT-VALUE}).")
    String scanQuality;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--rereleases", defaultValue = "0", paramLabel = "R",
        description = "Release the first R documents again, once or twice each, with other redactions, Bates numbers"
            + " and one copy scanned; gold marks each group in duplicate_group (default ${DEFAULT-VALUE}).")
    int rereleases;

    @Option(names = "--merged-releases", defaultValue = "0", paramLabel = "N",
        description = "Also write N merged release PDFs (release-*.pdf) with gold logical documents and threads"
            + " (default ${DEFAULT-VALUE}; docs/RELEASES.md). With N > 0, --docs may be 0.")
    int mergedReleases;

    @Option(names = "--release-size", defaultValue = "0", paramLabel = "K",
        description = "Logical documents per merged release (default: 4 to 10).")
    int releaseSize;

    @Option(names = "--release-copies", defaultValue = "0", paramLabel = "C",
        description = "The first C merged releases each hold a re-release of the document of the same number and are"
            + " released again, scanned, with other redactions; gold marks logical documents' duplicate_group"
            + " (default ${DEFAULT-VALUE}; docs/DUPLICATES.md).")
    int releaseCopies;

    @Override
    public Integer call() throws Exception {
      int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      CorpusConfig config = new CorpusConfig(docs, seed, scannedRatio, parseSplit(split), workers,
          ScanQuality.parse(scanQuality), rereleases, mergedReleases, releaseSize, releaseCopies);
      CorpusSummary s = new CorpusGenerator(config).generate(out);
      spec.commandLine().getOut().printf(Locale.ROOT,
          "%d documents (%d pages, %d scanned pages in %d documents), %.1f MB in %.1f s (%.1f docs/s); gold: %s%n",
          s.documents(), s.pages(), s.scannedPages(), s.scannedDocuments(), s.bytes() / 1e6, s.millis() / 1000.0,
          s.docsPerSecond(), s.gold());
      return 0;
    }

    private static Split parseSplit(String value) {
      try {
        return Split.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--split must be train, test or all, got '" + value + "'", e);
      }
    }
  }
}
