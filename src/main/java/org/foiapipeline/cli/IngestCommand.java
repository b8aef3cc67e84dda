package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.extract.OcrMode;
import org.foiapipeline.ingest.IngestConfig;
import org.foiapipeline.ingest.IngestPipeline;
import org.foiapipeline.ingest.IngestReport;
import org.foiapipeline.ingest.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code foia ingest PATH...}: every page of every input into the index, resumable. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest files and folders (PDF, Office, email, HTML, text, images, zip archives) into the index.",
      "A second run does only what is missing; the ledger (DIR/ledger.csv) says what happened to every input."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
  List<Path> paths;

  @Option(names = "--threads", description = "Documents processed at once (default: cores).")
  Integer threads;

  @Option(names = "--ocr", defaultValue = "auto", description = "auto (pages without a usable text layer), always or never.")
  String ocr;

  @Option(names = "--ocr-dpi", defaultValue = "300", description = "Resolution pages are rendered at for OCR (default ${DEFAULT-VALUE}).")
  int ocrDpi;

  @Option(names = "--retry-failed", description = "Try again inputs the ledger records as failed, timed out or too large.")
  boolean retryFailed;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--format", defaultValue = "text", description = "Summary as text or json.")
  String format;

  @Option(names = "--max-file-mb", defaultValue = "512", description = "Larger files are recorded as too_large (default ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(names = "--max-pages", defaultValue = "10000", description = "PDFs with more pages are recorded as too_large (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--ocr-timeout", defaultValue = "120", description = "Seconds of OCR per page (default ${DEFAULT-VALUE}).")
  long ocrTimeout;

  @Option(names = "--parse-timeout", defaultValue = "1800", description = "Seconds per document (default ${DEFAULT-VALUE}).")
  long parseTimeout;

  @Option(names = "--checkpoint-docs", hidden = true, defaultValue = "50",
      description = "Advanced: commit after this many documents (default ${DEFAULT-VALUE}); small values for crash tests.")
  int checkpointDocs;

  @Option(names = "--no-recognition", hidden = true,
      description = "Advanced: index text and FOIA structure only, no entities or contacts (to time what recognition costs).")
  boolean noRecognition;

  @Option(names = "--model", paramLabel = "FILE", description = "Name-finder model (default: models/ner-en-foia.bin of this installation).")
  Path model;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "text", "json");
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    try {
      Files.createDirectories(index.path().resolve("tmp"));
    } catch (java.io.IOException e) {
      throw new java.io.IOException("cannot create the index folder " + index.path() + " (" + e.getMessage()
          + "): choose another --index or fix its permissions", e);
    }
    // Temporary files (PDF caches, OCR images, zip members) stay inside the index folder.
    System.setProperty("java.io.tmpdir", index.path().resolve("tmp").toAbsolutePath().toString());
    if (checkpointDocs < 1) {
      throw new IllegalArgumentException("--checkpoint-docs must be positive, got " + checkpointDocs);
    }
    IngestConfig config = IngestConfig.of(paths, index.path(), limits()).withRetryFailed(retryFailed)
        .withCheckpoint(checkpointDocs, IngestConfig.DEFAULT_CHECKPOINT_INTERVAL);
    if (threads != null) {
      config = config.withThreads(threads);
    }
    ExecutorService ocrPool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    boolean showProgress = !quiet && System.console() != null;
    try (IngestProgress progress = showProgress ? new IngestProgress(countFiles(paths)) : null) {
      Stages stages = noRecognition
          ? Stages.withoutRecognition(config.limits(), ocrPool)
          : Stages.standard(config.limits(), ocrPool, Installation.model(model, spec.commandLine().getErr()));
      IngestPipeline.Listener listener = progress == null ? IngestPipeline.Listener.NONE : progress;
      IngestReport report =
          new IngestPipeline(config, stages.extractor(), stages.annotator(), stages.names(), listener, index.target()).run();
      if (progress != null) {
        progress.close();
      }
      print(report);
    } finally {
      ocrPool.shutdownNow();
    }
    return 0;
  }

  private Limits limits() {
    OcrMode mode;
    try {
      mode = OcrMode.valueOf(ocr.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ocr must be auto, always or never; got \"" + ocr + "\"");
    }
    if (maxFileMb < 1 || maxPages < 1 || ocrTimeout < 1 || parseTimeout < 1) {
      throw new IllegalArgumentException("--max-file-mb, --max-pages, --ocr-timeout and --parse-timeout must be positive");
    }
    return new Limits(maxFileMb * 1024 * 1024, maxPages, Duration.ofSeconds(ocrTimeout), Duration.ofSeconds(parseTimeout),
        ocrDpi, mode, Limits.DEFAULT_MAX_IMAGE_PIXELS);
  }

  private static long countFiles(List<Path> paths) {
    long n = 0;
    for (Path p : paths) {
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        n += files.filter(Files::isRegularFile).count();
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        return -1;
      }
    }
    return n;
  }

  private void print(IngestReport report) {
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("index", index.path().toString());
      json.put("report", report);
      out.println(Jsonl.toJson(json));
    } else {
      out.printf("Ingested %d inputs in %.1f s: %s; %d skipped (already in the ledger), %d duplicates%n",
          report.processed(), report.seconds(), statuses(report), report.skipped(), report.duplicates());
      out.printf("Pages: %d (%d by OCR), %.1f pages/s%n", report.pages(), report.ocrPages(), report.pages() / Math.max(1e-3, report.seconds()));
      if (!report.failures().isEmpty()) {
        out.println("Not ok:");
        report.failures().forEach(f -> out.printf("  %-9s %s%n            %s%n", f.status(), f.path(), f.reason()));
      }
      out.printf("Index: %s   Ledger: %s%n", index.target(), index.path().resolve("ledger.csv"));
    }
    out.flush();
  }

  private static String statuses(IngestReport report) {
    if (report.byStatus().isEmpty()) {
      return "nothing new";
    }
    StringBuilder s = new StringBuilder();
    report.byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey()));
    return s.toString();
  }
}
