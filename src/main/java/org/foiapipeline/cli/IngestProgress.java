package org.foiapipeline.cli;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.foiapipeline.extract.Status;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.ingest.IngestPipeline;

/** A progress bar on stderr: files, pages, pages/s, OCR'd pages, failures, ETA. */
final class IngestProgress implements IngestPipeline.Listener, AutoCloseable {
  private final ProgressBar bar;
  private final long started = System.nanoTime();
  private final AtomicLong pages = new AtomicLong();
  private final AtomicLong ocr = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  IngestProgress(long expectedFiles) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(expectedFiles > 0 ? expectedFiles : -1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(500)
            .build();
  }

  @Override
  public void finished(LedgerEntry row, boolean duplicate) {
    if (!duplicate) {
      pages.addAndGet(row.pages());
      ocr.addAndGet(row.ocrPages());
    }
    if (row.status() != Status.OK) {
      failed.incrementAndGet();
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    bar.step();
    bar.setExtraMessage(String.format(" pages %d (%.1f/s) ocr %d failed %d", pages.get(), pages.get() / seconds, ocr.get(), failed.get()));
  }

  @Override
  public void close() {
    bar.close();
  }
}
