package org.foiapipeline.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Extractor;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.extract.Status;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * Takes one input from bytes to index: fingerprint, extraction under the per-document time limit,
 * annotation, and the write with its ledger row. Input problems become ledger rows; only a failure to write
 * the index escapes, as an {@link IOException}.
 */
final class DocumentProcessor {
  private final Extractor extractor;
  private final Annotator annotator;
  private final Limits limits;
  private final ExecutorService extractions = Executors.newCachedThreadPool(IngestPipeline.daemons("foia-extract"));

  DocumentProcessor(Extractor extractor, Annotator annotator, Limits limits) {
    this.extractor = extractor;
    this.annotator = annotator;
    this.limits = limits;
  }

  void process(Input input, IngestPipeline.Batch batch) throws IOException {
    long started = System.nanoTime();
    if (!input.readable()) {
      ledgerOnly(batch, row(input, "", input.status(), input.problem(), 0, 0, started));
      return;
    }
    if (input.size() > limits.maxFileBytes()) {
      String why = "file is " + input.size() + " bytes, over the limit of " + limits.maxFileBytes() + " (--max-file-mb)";
      ledgerOnly(batch, row(input, "", Status.TOO_LARGE, why, 0, 0, started));
      return;
    }
    String id;
    try {
      id = Fingerprint.of(input.file());
    } catch (IOException e) {
      ledgerOnly(batch, row(input, "", Status.FAILED, "cannot read: " + InputWalker.describe(e), 0, 0, started));
      return;
    }
    synchronized (batch.lockFor(id)) {
      if (batch.isIndexed(id)) {
        addPath(batch, input, id, started);
      } else {
        ingest(batch, input, id, started);
      }
    }
  }

  /** Records an input whose processing crashed, so that it is not lost; --retry-failed tries it again. */
  void recordCrash(Input input, IngestPipeline.Batch batch, Throwable e) throws IOException {
    long now = System.nanoTime();
    ledgerOnly(batch, row(input, "", Status.FAILED, "internal error: " + describe(e), 0, 0, now));
  }

  private void addPath(IngestPipeline.Batch batch, Input input, String id, long started) throws IOException {
    Optional<DocumentRecord> known = batch.updater.record(id);
    Status status = known.map(r -> Status.parse(r.status())).orElse(Status.OK);
    int pages = known.map(DocumentRecord::pages).orElse(0);
    int ocr = known.map(DocumentRecord::ocrPages).orElse(0);
    String reason = "same bytes as " + known.map(DocumentRecord::path).orElse(id);
    LedgerEntry row = row(input, id, status, reason, pages, ocr, started);
    batch.updater.addPath(id, known, row);
    batch.recorded(row, true);
  }

  private void ingest(IngestPipeline.Batch batch, Input input, String id, long started) throws IOException {
    ExtractedDocument extracted = extract(input);
    double seconds = (System.nanoTime() - started) / 1e9;
    AnnotatedDocument doc = annotate(id, input.path(), extracted, seconds);
    LedgerEntry row =
        row(input, id, doc.extracted().status(), doc.extracted().reason(), extracted.pages().size(),
            extracted.ocrPages(), started);
    if (extracted.pages().isEmpty()) {
      ledgerOnly(batch, row);
    } else {
      batch.updater.add(doc, row);
      batch.recorded(row, false);
    }
  }

  private ExtractedDocument extract(Input input) {
    Future<ExtractedDocument> task = extractions.submit(() -> extractor.extract(input.file(), input.path()));
    try {
      return task.get(limits.parsePerDocument().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return ExtractedDocument.failed(
          "", Status.TIMEOUT, "parsing took over " + limits.parsePerDocument().toSeconds() + " s (--parse-timeout)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return ExtractedDocument.failed("", Status.FAILED, "extraction failed: " + describe(cause));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return ExtractedDocument.failed("", Status.FAILED, "interrupted");
    }
  }

  /** Annotation problems never lose the text: the pages are indexed without entities, status partial. */
  private AnnotatedDocument annotate(String id, String path, ExtractedDocument extracted, double seconds) {
    try {
      return annotator.annotate(id, path, extracted, seconds);
    } catch (RuntimeException | StackOverflowError e) {
      List<AnnotatedPage> bare =
          extracted.pages().stream().map(p -> new AnnotatedPage(p, PageStructure.NONE, List.of())).toList();
      ExtractedDocument partial =
          new ExtractedDocument(
              extracted.mediaType(), Status.PARTIAL, "entity and contact finding failed: " + describe(e),
              extracted.pages());
      return new AnnotatedDocument(id, path, partial, bare, new Relations(Optional.empty(), List.of()), seconds);
    }
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static LedgerEntry row(
      Input input, String id, Status status, String reason, int pages, int ocrPages, long started) {
    double seconds = Math.round((System.nanoTime() - started) / 1e6) / 1e3;
    return new LedgerEntry(
        input.path(), id, status, reason, pages, ocrPages, seconds, input.size(), input.stamp(),
        System.currentTimeMillis());
  }

  /** An input that yields nothing to index: only its ledger row is written. */
  private static void ledgerOnly(IngestPipeline.Batch batch, LedgerEntry row) throws IOException {
    batch.updater.ledger(row);
    batch.recorded(row, false);
  }
}
