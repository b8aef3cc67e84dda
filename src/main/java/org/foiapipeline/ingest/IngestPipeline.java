package org.foiapipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.foiapipeline.extract.Extractor;
import org.foiapipeline.extract.Status;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.index.IndexTarget;
import org.foiapipeline.index.IndexWriterPort;
import org.foiapipeline.index.LedgerEntry;

/**
 * Runs one batch: walks the inputs, skips what the ledger already has, and processes the rest on a bounded
 * number of threads, committing at checkpoints. Memory stays flat: at most {@code 2 x threads} inputs are in
 * flight. Only a failure of the index itself (disk full, lost lock) stops the batch; every input problem
 * becomes a ledger row.
 */
public final class IngestPipeline {
  /** Hears about the run as it goes, for progress display. */
  public interface Listener {
    void finished(LedgerEntry row, boolean duplicate);

    Listener NONE = (row, duplicate) -> {};
  }

  private final IngestConfig config;
  private final DocumentProcessor processor;
  private final EntityNames names;
  private final Listener listener;
  private final IndexTarget target;

  public IngestPipeline(IngestConfig config, Extractor extractor, Annotator annotator, EntityNames names, Listener listener) {
    this(config, extractor, annotator, names, listener, IndexTarget.folder(config.index()));
  }

  /** A pipeline writing to {@code target}; {@code config.index()} holds the ledger file and temporary files. */
  public IngestPipeline(
      IngestConfig config, Extractor extractor, Annotator annotator, EntityNames names, Listener listener, IndexTarget target) {
    this.target = target;
    this.config = config;
    this.processor = new DocumentProcessor(extractor, annotator, config.limits());
    this.names = names;
    this.listener = listener;
  }

  /** Runs the batch to the end. */
  public IngestReport run() throws IOException, InterruptedException {
    long started = System.nanoTime();
    Path temp = config.index().resolve("tmp");
    try (IndexWriterPort updater = target.openWriter(names)) {
      return run(updater, temp, started);
    }
  }

  private IngestReport run(IndexWriterPort updater, Path temp, long started) throws IOException, InterruptedException {
    try {
      clean(temp);
      Batch batch = new Batch(updater, updater.ledger(), config, listener);
      ExecutorService workers = Executors.newFixedThreadPool(config.threads(), daemons("foia-ingest"));
      Semaphore inFlight = new Semaphore(config.threads() * 2);
      AtomicReference<IOException> fatal = new AtomicReference<>();
      try {
        InputWalker walker = new InputWalker(new ZipInputs(temp, config.limits().maxFileBytes()));
        walker.walk(
            config.inputs(),
            input -> {
              if (fatal.get() != null) {
                throw fatal.get();
              }
              if (batch.skip(input)) {
                ZipInputs.delete(input);
                return;
              }
              inFlight.acquire();
              workers.execute(() -> runOne(batch, input, inFlight, fatal));
            });
      } finally {
        workers.shutdown();
        workers.awaitTermination(365, TimeUnit.DAYS);
      }
      if (fatal.get() != null) {
        throw fatal.get();
      }
      updater.groupDuplicates();
      updater.commit();
      LedgerFile.write(config.index().resolve("ledger.csv"), updater.ledger());
      clean(temp);
      return batch.report((System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      // Disk full, or the folder went away: say where, and that the next run resumes from the last checkpoint.
      throw new IOException("cannot write the index in " + target + " (" + e.getMessage() + "): documents"
          + " committed so far are safe; fix the cause (free disk space?) and run foia ingest again to finish", e);
    }
  }

  private void runOne(Batch batch, Input input, Semaphore inFlight, AtomicReference<IOException> fatal) {
    try {
      processor.process(input, batch);
      batch.maybeCommit();
    } catch (IOException e) {
      fatal.compareAndSet(null, e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug or a resource blow-up on one input must not lose it: it is recorded as failed, and the batch
      // goes on unless the index itself can no longer be written.
      try {
        processor.recordCrash(input, batch, e);
      } catch (IOException | RuntimeException again) {
        fatal.compareAndSet(null, new IOException("cannot write the index after a failure on " + input.path() + ": " + again.getMessage(), again));
      }
    } finally {
      try {
        ZipInputs.delete(input);
      } catch (IOException e) {
        fatal.compareAndSet(null, e);
      }
      inFlight.release();
    }
  }

  private static void clean(Path temp) throws IOException {
    if (Files.isDirectory(temp)) {
      try (var files = Files.list(temp)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  static java.util.concurrent.ThreadFactory daemons(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The shared state of one run: the ledger as it was, ids seen, counters, checkpoints. */
  static final class Batch {
    final IndexWriterPort updater;
    private final Map<String, LedgerEntry> ledger;
    private final Map<String, Object> idLocks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> indexed = new ConcurrentHashMap<>();
    private final Map<String, Integer> byStatus = new ConcurrentHashMap<>();
    private final List<IngestReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final IngestConfig config;
    private final Listener listener;
    private int skipped;
    private int duplicates;
    private long pages;
    private long ocrPages;
    private int sinceCommit;
    private long lastCommit = System.nanoTime();

    Batch(IndexWriterPort updater, Map<String, LedgerEntry> ledger, IngestConfig config, Listener listener) {
      this.updater = updater;
      this.ledger = ledger;
      this.config = config;
      this.listener = listener;
      ledger.values().stream()
          .filter(row -> row.status().isFinalSuccess() && !row.id().isEmpty())
          .forEach(row -> indexed.put(row.id(), true));
    }

    /** Unchanged inputs the ledger has are skipped; failed ones too unless --retry-failed. */
    synchronized boolean skip(Input input) {
      LedgerEntry row = ledger.get(input.path());
      boolean unchanged = row != null && row.size() == input.size() && row.modified() == input.stamp();
      boolean skip = unchanged && (row.status().isFinalSuccess() || !config.retryFailed());
      if (skip) {
        skipped++;
      }
      return skip;
    }

    /** A lock per document id, so the same bytes under two names are extracted once. */
    Object lockFor(String id) {
      return idLocks.computeIfAbsent(id, k -> new Object());
    }

    boolean isIndexed(String id) {
      return indexed.containsKey(id);
    }

    void recorded(LedgerEntry row, boolean duplicate) {
      if (row.status().isFinalSuccess() && !row.id().isEmpty()) {
        indexed.put(row.id(), true);
      }
      byStatus.merge(row.status().label(), 1, Integer::sum);
      if (row.status() != Status.OK) {
        failures.add(new IngestReport.Failure(row.path(), row.status().label(), row.reason()));
      }
      synchronized (this) {
        if (duplicate) {
          duplicates++;
        } else {
          pages += row.pages();
          ocrPages += row.ocrPages();
        }
        sinceCommit++;
      }
      listener.finished(row, duplicate);
    }

    void maybeCommit() throws IOException {
      boolean due;
      synchronized (this) {
        due =
            sinceCommit >= config.checkpointDocuments()
                || System.nanoTime() - lastCommit > config.checkpointInterval().toNanos();
        if (due) {
          sinceCommit = 0;
          lastCommit = System.nanoTime();
        }
      }
      if (due) {
        updater.commit();
      }
    }

    synchronized IngestReport report(double seconds) {
      List<IngestReport.Failure> sorted = new ArrayList<>(failures);
      sorted.sort((a, b) -> a.path().compareTo(b.path()));
      return new IngestReport(byStatus, skipped, duplicates, pages, ocrPages, seconds, sorted);
    }
  }
}
