package org.foiapipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.foiapipeline.extract.PageReOcr;
import org.foiapipeline.extract.TesseractOcr;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.OcrPageRow;
import org.foiapipeline.ingest.ReOcrReport.Outcome;
import org.foiapipeline.resolve.EntityNames;

/**
 * {@code foia reocr}: OCRs the weakest pages of an index again from their original files, keeps the better
 * reading of each page ({@link org.foiapipeline.extract.OcrChoice}), and annotates each touched document again
 * (structure, entities, contacts) with the new page text, other pages keeping theirs. A document is replaced
 * in place, by unique keys, with its ledger rows, and committed before the next one: a crash loses at most the
 * document in hand, and a rerun with the same settings skips pages already tried (their note says so), so
 * nothing is done or counted twice. A file that is gone or changed is reported, never fatal; only a failure
 * to write the index escapes, as an {@link IOException}.
 */
public final class ReOcrRun {
  /** Hears about each page as it is decided, for progress display. */
  public interface Listener {
    void page(Outcome outcome, int done, int total);

    Listener NONE = (outcome, done, total) -> {};
  }

  private final ReOcrConfig config;
  private final PageReOcr reocr;
  private final Annotator annotator;
  private final EntityNames names;
  private final Listener listener;
  private int done;
  private int total;

  public ReOcrRun(ReOcrConfig config, TesseractOcr ocr, Annotator annotator, EntityNames names, Listener listener) {
    this.config = config;
    this.reocr = new PageReOcr(config.limits(), config.preprocessing(), ocr, config.dpi());
    this.annotator = annotator;
    this.names = names;
    this.listener = listener;
  }

  /** Runs to the end; throws only when the index cannot be read or written. */
  public ReOcrReport run() throws IOException {
    long started = System.nanoTime();
    Path temp = config.index().resolve("tmp");
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), IngestPipeline.daemons("foia-reocr"));
    try (IndexView view = IndexView.open(config.index());
        IndexUpdater updater = IndexUpdater.open(config.index(), names)) {
      List<OcrPageRow> weak = view.ocrPagesBelow(config.below());
      List<OcrPageRow> todo = weak.stream().filter(p -> !p.note().contains(config.mark())).toList();
      int alreadyTried = weak.size() - todo.size();
      if (config.maxPages() > 0 && todo.size() > config.maxPages()) {
        todo = todo.subList(0, config.maxPages());
      }
      total = todo.size();
      DocumentReOcr documents =
          new DocumentReOcr(config, reocr, annotator, view, updater, updater.ledger(), new OriginalFiles(temp,
              config.limits().maxFileBytes()), pool);
      List<Outcome> outcomes = new ArrayList<>();
      int updated = 0;
      for (Map.Entry<String, List<OcrPageRow>> doc : byDocument(todo).entrySet()) {
        DocumentReOcr.Result result = documents.run(doc.getKey(), doc.getValue());
        result.outcomes().forEach(o -> listener.page(o, ++done, total));
        outcomes.addAll(result.outcomes());
        if (result.written()) {
          updater.commit();
          updated++;
        }
      }
      updater.commit();
      LedgerFile.write(config.index().resolve("ledger.csv"), updater.ledger());
      return new ReOcrReport(outcomes, alreadyTried, updated, (System.nanoTime() - started) / 1e9);
    } finally {
      pool.shutdownNow();
      clean(temp);
    }
  }

  /** Pages grouped by document, documents in the order of their weakest page. */
  private static Map<String, List<OcrPageRow>> byDocument(List<OcrPageRow> pages) {
    Map<String, List<OcrPageRow>> docs = new LinkedHashMap<>();
    pages.forEach(p -> docs.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p));
    return docs;
  }

  private static void clean(Path temp) throws IOException {
    if (Files.isDirectory(temp)) {
      try (var files = Files.list(temp)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (f.getFileName().toString().startsWith("member-")) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }
}
