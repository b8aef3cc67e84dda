package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.extract.Preprocessing;
import org.foiapipeline.extract.TesseractOcr;
import org.foiapipeline.ingest.ReOcrConfig;
import org.foiapipeline.ingest.ReOcrReport;
import org.foiapipeline.ingest.ReOcrReport.Verdict;
import org.foiapipeline.ingest.ReOcrRun;
import org.foiapipeline.ingest.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foia reocr --below 70 [--dpi 400] [--preprocess deskew,denoise,binarize]}: OCR the weakest pages again. */
@Command(
    name = "reocr",
    mixinStandardHelpOptions = true,
    description = {
      "OCRs the weakest pages again and keeps the better reading of each.",
      "Pages whose mean OCR confidence is below --below are rendered from their original files at --dpi, cleaned",
      "up (--preprocess) and OCR'd; the documents' entities and contacts are found again with the new text.",
      "A rerun with the same settings skips pages already tried."
    })
final class ReOcrCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--below", defaultValue = "70", paramLabel = "CONF",
      description = "Pages whose mean OCR confidence (0-100) is below CONF (default ${DEFAULT-VALUE}).")
  double below;

  @Option(names = "--dpi", defaultValue = "400", description = "Resolution PDF pages are rendered at (default ${DEFAULT-VALUE}).")
  int dpi;

  @Option(names = "--preprocess", defaultValue = "deskew", paramLabel = "STEPS",
      description = "Image clean-ups before OCR, in order: deskew, denoise, binarize, comma-separated, or none (default ${DEFAULT-VALUE}).")
  String preprocess;

  @Option(names = "--limit", defaultValue = "0", description = "At most this many pages, the weakest first; 0 for all.")
  int limit;

  @Option(names = "--threads", description = "Pages OCR'd at once (default: cores).")
  Integer threads;

  @Option(names = "--ocr-timeout", defaultValue = "180", description = "Seconds of OCR per page (default ${DEFAULT-VALUE}).")
  long ocrTimeout;

  @Option(names = "--model", paramLabel = "FILE", description = "Name-finder model (default: models/ner-en-foia.bin of this installation).")
  Path model;

  @Option(names = "--quiet", description = "No progress lines.")
  boolean quiet;

  @Option(names = "--format", defaultValue = "text", description = "Summary as text or json.")
  String format;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "text", "json");
    if (ocrTimeout < 1) {
      throw new IllegalArgumentException("--ocr-timeout must be positive, got " + ocrTimeout);
    }
    Limits defaults = Limits.defaults();
    Limits limits = new Limits(defaults.maxFileBytes(), defaults.maxPages(), Duration.ofSeconds(ocrTimeout),
        defaults.parsePerDocument(), dpi, defaults.ocrMode(), defaults.maxImagePixels());
    ReOcrConfig config = new ReOcrConfig(index.embedded("reocr"), below, dpi, Preprocessing.parse(preprocess),
        threads == null ? Runtime.getRuntime().availableProcessors() : threads, limit, limits);
    if (!Files.isDirectory(index.path().resolve("lucene"))) {
      throw new IllegalArgumentException("no index in " + index.path() + ": run foia ingest first, or pass --index DIR");
    }
    Files.createDirectories(index.path().resolve("tmp"));
    // Temporary files (PDF caches, page images, zip members) stay inside the index folder, as with ingest.
    System.setProperty("java.io.tmpdir", index.path().resolve("tmp").toAbsolutePath().toString());
    // The stages' extractor is not used here (pages are rendered and OCR'd by ReOcrRun): a one-thread pool.
    ExecutorService extractorPool = Executors.newSingleThreadExecutor();
    try {
      Stages stages = Stages.standard(limits, extractorPool, Installation.model(model, spec.commandLine().getErr()));
      ReOcrRun run = new ReOcrRun(config, TesseractOcr.onPath(limits.ocrPerPage()), stages.annotator(), stages.names(),
          quiet ? ReOcrRun.Listener.NONE : this::progress);
      print(run.run(), config);
    } finally {
      extractorPool.shutdownNow();
    }
    return 0;
  }

  private void progress(ReOcrReport.Outcome o, int done, int total) {
    PrintWriter err = spec.commandLine().getErr();
    String result = o.verdict() == Verdict.FAILED ? "failed: " + o.reason()
        : String.format("%.1f -> %.1f %s", o.before(), o.after(), o.verdict() == Verdict.IMPROVED ? "improved" : "kept");
    err.printf("[%d/%d] %s p.%d  %s%n", done, total, Output.cut(o.path(), 60), o.page(), result);
    err.flush();
  }

  private void print(ReOcrReport report, ReOcrConfig config) {
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("index", index.path().toString());
      json.put("settings", config.mark());
      json.put("tried", report.pages().size());
      json.put("improved", report.count(Verdict.IMPROVED));
      json.put("kept", report.count(Verdict.KEPT));
      json.put("failed", report.count(Verdict.FAILED));
      json.put("already_tried", report.alreadyTried());
      json.put("documents_updated", report.documentsUpdated());
      json.put("mean_confidence_before", report.meanBefore());
      json.put("mean_confidence_after", report.meanAfter());
      json.put("seconds", report.seconds());
      json.put("pages", report.pages());
      out.println(Jsonl.toJson(json));
    } else {
      out.printf("Re-OCR (%s) of pages below %.1f: %d tried, %d improved, %d kept, %d failed; %d documents updated in %.1f s%n",
          config.mark(), config.below(), report.pages().size(), report.count(Verdict.IMPROVED), report.count(Verdict.KEPT),
          report.count(Verdict.FAILED), report.documentsUpdated(), report.seconds());
      if (!report.pages().isEmpty()) {
        out.printf("Mean confidence of the tried pages: %.1f -> %.1f%n", report.meanBefore(), report.meanAfter());
      }
      if (report.alreadyTried() > 0) {
        out.printf("%d pages below %.1f were already tried with these settings and left alone.%n", report.alreadyTried(), config.below());
      }
      report.pages().stream().filter(p -> p.verdict() == Verdict.FAILED)
          .forEach(p -> out.printf("  failed  %s p.%d: %s%n", p.path(), p.page(), p.reason()));
    }
    out.flush();
  }
}
