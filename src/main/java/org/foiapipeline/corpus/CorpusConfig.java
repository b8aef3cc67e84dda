package org.foiapipeline.corpus;

/**
 * What to generate.
 *
 * @param docs number of documents, at least 1
 * @param seed the seed; the same config always gives the same bytes
 * @param scannedRatio share of documents (0..1) that get scanned pages: half of them fully scanned, half
 *     mixed
 * @param split which split: {@code TRAIN}, {@code TEST}, or {@code ALL} (every fifth document is a test one)
 * @param threads worker threads (documents are generated in parallel, written in order)
 * @param rereleases how many of the documents (the first ones) are released again, once or twice, with other
 *     redactions, Bates numbers and scanning (0 for none; the documents themselves stay the same bytes)
 */
public record CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads, int rereleases) {
  /** A config without re-releases. */
  public CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads) {
    this(docs, seed, scannedRatio, split, threads, 0);
  }

  public CorpusConfig {
    if (rereleases < 0 || rereleases > docs) {
      throw new IllegalArgumentException("--rereleases must be between 0 and --docs (" + docs + "), got " + rereleases);
    }
    if (docs < 1) {
      throw new IllegalArgumentException("--docs must be at least 1, got " + docs);
    }
    if (!(scannedRatio >= 0 && scannedRatio <= 1)) {
      throw new IllegalArgumentException("--scanned-ratio must be between 0 and 1, got " + scannedRatio);
    }
    if (split == null) {
      throw new IllegalArgumentException("--split must be train, test or all");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** A config with one thread per core. */
  public static CorpusConfig of(int docs, long seed, double scannedRatio, Split split) {
    return new CorpusConfig(docs, seed, scannedRatio, split, Runtime.getRuntime().availableProcessors());
  }
}
