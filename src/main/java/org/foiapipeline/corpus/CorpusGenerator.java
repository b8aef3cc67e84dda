package org.foiapipeline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/**
 * Generates a synthetic FOIA release: PDFs under {@code <out>/train/} and {@code <out>/test/} and one gold
 * record per document in {@code <out>/gold.jsonl}, in document order.
 *
 * <p>Documents are made in parallel by a bounded pool, but each from its own seed and written in order,
 * so the output is the same bytes whatever the thread count. Memory stays flat: at most a small window
 * of documents is held at once.
 *
 * <pre>{@code
 * CorpusSummary s = new CorpusGenerator(CorpusConfig.of(50, 42, 0.3, Split.TRAIN)).generate(dir);
 * List<DocumentRecord> gold = Jsonl.read(s.gold());
 * }</pre>
 */
public final class CorpusGenerator {
  private final CorpusConfig config;
  private final DocumentFactory factory;
  private final ReleaseFactory releases;

  public CorpusGenerator(CorpusConfig config) {
    this.config = config;
    Geography geography = Geography.load();
    this.factory = new DocumentFactory(geography, config.scannedRatio(), config.scanQuality());
    this.releases = new ReleaseFactory(geography, config.scannedRatio(), config.releaseSize());
  }

  /** Writes the corpus into {@code outDir} (created if needed; existing files of the same names replaced). */
  public CorpusSummary generate(Path outDir) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(outDir);
    Path gold = outDir.resolve("gold.jsonl");
    Tally tally = new Tally();
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    try (Writer out = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      Deque<Future<Named>> window = new ArrayDeque<>();
      int windowSize = config.threads() * 4;
      int total = config.docs() + config.releases();
      for (int i = 0; i < total; i++) {
        int index = i;
        window.add(pool.submit(() -> index < config.docs() ? make(index) : release(index - config.docs())));
        if (window.size() >= windowSize) {
          write(outDir, out, take(window), tally);
        }
      }
      while (!window.isEmpty()) {
        write(outDir, out, take(window), tally);
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new CorpusSummary(gold, tally.docs, tally.pages, tally.scannedPages, tally.scannedDocs, tally.bytes, millis);
  }

  /**
   * A document with the split it belongs to and its number within that split, and its re-releases (empty
   * unless asked for), written after it as {@code doc-000001-r2.pdf}, {@code -r3.pdf}.
   */
  private record Named(String path, DocumentFactory.Made made, List<DocumentFactory.Made> rereleases, String group) {}

  /** Where the index-th item of a stream goes: its split, and its 0-based number within that split. */
  private record Slot(Split split, int number) {
    String path(String prefix) {
      return split.name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, "/%s-%06d.pdf", prefix, number + 1);
    }
  }

  /** With {@code Split.ALL}, every fifth item is a test one; the others are numbered in train. */
  private Slot slot(int index) {
    Split split = config.split();
    if (split != Split.ALL) {
      return new Slot(split, index);
    }
    Split s = index % 5 == 4 ? Split.TEST : Split.TRAIN;
    return new Slot(s, s == Split.TEST ? index / 5 : index - index / 5);
  }

  private Named make(int index) throws IOException {
    Slot slot = slot(index);
    Split split = slot.split();
    String path = slot.path("doc");
    long seed = Seeds.document(config.seed(), split, slot.number());
    // Gold names a group of releases after the first one's path: releases of one document share it.
    String group = index < config.rereleases() || embedded(index) ? group(path) : null;
    if (index >= config.rereleases()) {
      return new Named(path, factory.make(seed, split), List.of(), group);
    }
    List<DocumentFactory.Made> all = factory.releases(seed, split, true);
    return new Named(path, all.get(0), all.subList(1, all.size()), group);
  }

  /** Whether document {@code index} comes back inside the merged release of the same number. */
  private boolean embedded(int index) {
    return index < config.releaseCopies() && index < config.docs();
  }

  private static String group(String path) {
    return path.replaceAll("\\.pdf$", "");
  }

  /**
   * A merged release, numbered within its split like documents, from a seed stream of its own; one of the first
   * {@code releaseCopies} also holds the document of its number and is released again.
   */
  private Named release(int index) throws IOException {
    Slot slot = slot(index);
    String path = slot.path("release");
    long seed = Seeds.release(config.seed(), slot.split(), slot.number());
    if (index >= config.releaseCopies()) {
      return new Named(path, releases.make(seed, slot.split()), List.of(), null);
    }
    Slot doc = slot(index);
    Draft embedded = embedded(index) ? factory.draft(Seeds.document(config.seed(), doc.split(), doc.number()), doc.split()) : null;
    List<DocumentFactory.Made> all = releases.make(seed, slot.split(),
        new ReleaseFactory.Copies(embedded, group(doc.path("doc")), group(path)));
    return new Named(path, all.get(0), all.subList(1, all.size()), group(path));
  }

  private static Named take(Deque<Future<Named>> window) throws IOException {
    try {
      return window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating documents", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("document generation failed: " + e.getCause(), e.getCause());
    }
  }

  private static void write(Path outDir, Writer gold, Named named, Tally tally) throws IOException {
    String group = named.group();
    write(outDir, gold, named.path(), named.made(), group, tally);
    for (int i = 0; i < named.rereleases().size(); i++) {
      String path = named.path().replaceAll("\\.pdf$", "-r" + (i + 2) + ".pdf");
      write(outDir, gold, path, named.rereleases().get(i), group, tally);
    }
  }

  private static void write(Path outDir, Writer gold, String path, DocumentFactory.Made made, String group, Tally tally)
      throws IOException {
    byte[] pdf = made.pdf();
    Path file = outDir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    DocumentRecord r = made.record();
    DocumentRecord full = new DocumentRecord(sha256(pdf), path, r.pages(), r.status(), r.ocrPages(),
        r.date(), r.entities(), r.contacts(), r.exemptions(), r.bates(), r.text(), null, r.pageKinds(), r.kind(),
        r.redactions()).withLogicalDocuments(r.logicalDocuments());
    Jsonl.write(gold, group == null ? full : full.withDuplicateGroup(group));
    tally.add(full, pdf.length);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  /** Running totals for the summary. */
  private static final class Tally {
    int docs;
    int pages;
    int scannedPages;
    int scannedDocs;
    long bytes;

    void add(DocumentRecord r, long size) {
      docs++;
      pages += r.pages();
      scannedPages += r.ocrPages();
      scannedDocs += r.ocrPages() > 0 ? 1 : 0;
      bytes += size;
    }
  }
}
