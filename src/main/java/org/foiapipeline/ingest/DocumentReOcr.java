package org.foiapipeline.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Extractors;
import org.foiapipeline.extract.OcrChoice;
import org.foiapipeline.extract.OcrResult;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.PageReOcr;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.index.OcrPageRow;
import org.foiapipeline.index.PageView;
import org.foiapipeline.ingest.ReOcrReport.Outcome;
import org.foiapipeline.ingest.ReOcrReport.Verdict;

/**
 * Re-OCRs the chosen pages of one document and, when any page got a decision, annotates and writes the
 * document again. Pages are OCR'd in parallel on the pool; everything else runs on the calling thread.
 */
final class DocumentReOcr {
  /** The pages' outcomes, and whether the document was written. */
  record Result(List<Outcome> outcomes, boolean written) {}

  private final ReOcrConfig config;
  private final PageReOcr reocr;
  private final Annotator annotator;
  private final IndexView view;
  private final IndexUpdater updater;
  private final Map<String, LedgerEntry> ledger;
  private final OriginalFiles originals;
  private final ExecutorService pool;

  DocumentReOcr(ReOcrConfig config, PageReOcr reocr, Annotator annotator, IndexView view, IndexUpdater updater,
      Map<String, LedgerEntry> ledger, OriginalFiles originals, ExecutorService pool) {
    this.config = config;
    this.reocr = reocr;
    this.annotator = annotator;
    this.view = view;
    this.updater = updater;
    this.ledger = ledger;
    this.originals = originals;
    this.pool = pool;
  }

  Result run(String id, List<OcrPageRow> rows) throws IOException {
    long started = System.nanoTime();
    Optional<DocumentRecord> record = view.record(id);
    if (record.isEmpty()) {
      return failedAll(rows, "the document's record is missing from the index: ingest it again");
    }
    List<String> paths = record.get().paths() == null || record.get().paths().isEmpty()
        ? List.of(record.get().path()) : record.get().paths();
    Map<Integer, OcrResult> results;
    String mediaType;
    try (OriginalFiles.Found found = originals.find(id, paths)) {
      if (!found.ok()) {
        return failedAll(rows, found.problem());
      }
      mediaType = Extractors.detect(found.file());
      results = ocr(found, rows);
    }
    Map<Integer, PageView> old = new HashMap<>();
    view.pages(id).forEach(p -> old.put(p.page(), p));
    Map<Integer, String> notes = view.pageNotes(id);
    Map<Integer, Page> replaced = new HashMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (OcrPageRow row : rows) {
      outcomes.add(decide(row, old.get(row.page()), notes.getOrDefault(row.page(), ""), results.get(row.page()), replaced));
    }
    if (replaced.isEmpty()) {
      return new Result(outcomes, false);
    }
    ExtractedDocument pages = new ExtractedDocument(mediaType, Status.parse(record.get().status()),
        reason(record.get()), StoredPages.rebuild(view.pages(id), notes, replaced));
    AnnotatedDocument doc;
    try {
      doc = annotator.annotate(id, record.get().path(), pages, (System.nanoTime() - started) / 1e9);
    } catch (RuntimeException | StackOverflowError e) {
      // The old version stays in the index; the pages stay unmarked, so a later run tries them again.
      return failedAll(rows, "entity and contact finding failed: " + e);
    }
    updater.replace(doc, paths, ledgerRows(id, record.get().path(), pages, outcomes));
    return new Result(outcomes, true);
  }

  private Map<Integer, OcrResult> ocr(OriginalFiles.Found found, List<OcrPageRow> rows) {
    Map<Integer, Future<OcrResult>> running = new HashMap<>();
    for (OcrPageRow row : rows) {
      running.put(row.page(), pool.submit(() -> reocr.run(found.file(), found.path(), row.page())));
    }
    Map<Integer, OcrResult> results = new HashMap<>();
    running.forEach((page, future) -> results.put(page, get(future)));
    return results;
  }

  private static OcrResult get(Future<OcrResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return OcrResult.failed("ocr interrupted");
    } catch (ExecutionException e) {
      return OcrResult.failed("ocr failed: " + e.getCause());
    }
  }

  /** Decides one page; a tried page (improved or kept) goes into {@code replaced} with its note marked. */
  private Outcome decide(OcrPageRow row, PageView old, String note, OcrResult result, Map<Integer, Page> replaced)
      throws IOException {
    if (old == null) {
      return outcome(row, -1, Verdict.FAILED, "the page is missing from the index");
    }
    if (result == null || !result.ok()) {
      return outcome(row, -1, Verdict.FAILED, result == null ? "ocr not run" : result.problem());
    }
    boolean better = OcrChoice.better(result, old.ocrConfidence(), old.text());
    String mark = note + (note.isEmpty() ? "" : "; ") + config.mark() + ": "
        + String.format(Locale.ROOT, better ? "%.1f -> %.1f" : "kept %.1f (new reading %.1f)", old.ocrConfidence(),
            result.confidence());
    replaced.put(row.page(), better
        ? new Page(row.page(), result.text(), TextSource.OCR, result.confidence(), StoredPages.boxes(old.redactionsJson()), mark)
        : new Page(row.page(), old.text(), StoredPages.source(old.source()), old.ocrConfidence(),
            StoredPages.boxes(old.redactionsJson()), mark));
    return outcome(row, result.confidence(), better ? Verdict.IMPROVED : Verdict.KEPT, "");
  }

  private static Outcome outcome(OcrPageRow row, double after, Verdict verdict, String reason) {
    return new Outcome(row.id(), row.path(), row.page(), row.confidence(), after, verdict, reason);
  }

  private Result failedAll(List<OcrPageRow> rows, String why) {
    return new Result(rows.stream().map(r -> outcome(r, -1, Verdict.FAILED, why)).toList(), false);
  }

  private String reason(DocumentRecord record) {
    LedgerEntry row = ledger.get(record.path());
    return row == null ? "" : row.reason();
  }

  /** The document's ledger rows (one per path it was seen under), its first path first, with the new OCR info. */
  private List<LedgerEntry> ledgerRows(String id, String first, ExtractedDocument pages, List<Outcome> outcomes) {
    long improved = outcomes.stream().filter(o -> o.verdict() == Verdict.IMPROVED).count();
    long kept = outcomes.stream().filter(o -> o.verdict() == Verdict.KEPT).count();
    String info = String.format(Locale.ROOT, "%s: %d pages tried, %d improved, %d kept", config.mark(),
        outcomes.size(), improved, kept);
    long now = System.currentTimeMillis();
    List<LedgerEntry> rows = new ArrayList<>();
    ledger.values().stream()
        .filter(r -> r.id().equals(id))
        .sorted((a, b) -> Boolean.compare(!a.path().equals(first), !b.path().equals(first)))
        .forEach(r -> rows.add(new LedgerEntry(r.path(), id, r.status(), r.reason(), pages.pages().size(),
            pages.ocrPages(), r.seconds(), r.size(), r.modified(), now, info)));
    return rows;
  }
}
