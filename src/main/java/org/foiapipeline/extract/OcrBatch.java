package org.foiapipeline.extract;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * OCRs the rendered pages of one document on a shared pool, a bounded number at a time so that rendered
 * images waiting on disk stay few. Not thread-safe: one batch per document, driven by one thread (the
 * thread that renders, since a PDF document must not be touched by two threads).
 *
 * <p>The pool must not be the one running the extraction itself, or a full pool would wait on itself.
 */
final class OcrBatch {
  private final TesseractOcr ocr;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Map<Integer, OcrResult> results = new HashMap<>();

  private record Pending(int page, Future<OcrResult> future) {}

  OcrBatch(TesseractOcr ocr, ExecutorService pool, int window) {
    this.ocr = ocr;
    this.pool = pool;
    this.window = Math.max(1, window);
  }

  /** Queues one page image; blocks while the window is full. The image is deleted once OCR'd. */
  void submit(int page, Path image) {
    submit(page, image, true);
  }

  /** Queues one page image, deleting it once OCR'd only when {@code owned}. */
  void submit(int page, Path image, boolean owned) {
    while (pending.size() >= window) {
      collect(pending.removeFirst());
    }
    try {
      pending.addLast(new Pending(page, pool.submit(() -> owned ? recognizeAndDelete(image) : ocr.recognize(image))));
    } catch (RejectedExecutionException e) {
      results.put(page, OcrResult.failed("ocr not run: the OCR pool is shut down"));
    }
  }

  /** Records a page that will not be OCR'd, with its reason. */
  void skip(int page, OcrResult result) {
    results.put(page, result);
  }

  /** Waits for every queued page and returns the results by page number. */
  Map<Integer, OcrResult> finish() {
    while (!pending.isEmpty()) {
      collect(pending.removeFirst());
    }
    return Map.copyOf(results);
  }

  /** Cancels queued pages (their processes are killed) after the calling thread was interrupted. */
  private void cancelAll() {
    for (Pending p : pending) {
      p.future().cancel(true);
      results.put(p.page(), OcrResult.failed("ocr interrupted"));
    }
    pending.clear();
  }

  private void collect(Pending p) {
    try {
      results.put(p.page(), p.future().get());
    } catch (InterruptedException e) {
      p.future().cancel(true);
      results.put(p.page(), OcrResult.failed("ocr interrupted"));
      cancelAll();
      Thread.currentThread().interrupt();
    } catch (ExecutionException | CancellationException e) {
      results.put(p.page(), OcrResult.failed("ocr failed: " + e.getCause()));
    }
  }

  private OcrResult recognizeAndDelete(Path image) {
    try {
      return ocr.recognize(image);
    } finally {
      TempFiles.delete(image);
    }
  }
}
