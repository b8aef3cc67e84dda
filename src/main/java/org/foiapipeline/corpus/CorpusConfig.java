package org.foiapipeline.corpus;

/**
 * What to generate.
 *
 * @param docs number of documents, at least 1 (0 when only merged releases are asked for)
 * @param seed the seed; the same config always gives the same bytes
 * @param scannedRatio share of documents (0..1) that get scanned pages: half of them fully scanned, half
 *     mixed
 * @param split which split: {@code TRAIN}, {@code TEST}, or {@code ALL} (every fifth document is a test one)
 * @param threads worker threads (documents are generated in parallel, written in order)
 * @param scanQuality how rough scanned pages are; {@code STANDARD} unless asked
 * @param rereleases how many of the documents (the first ones) are released again, once or twice, with other
 *     redactions, Bates numbers and scanning (0 for none; the documents themselves stay the same bytes)
 * @param releases merged release PDFs written after the documents (0 for none; docs/RELEASES.md)
 * @param releaseSize logical documents per release, or 0 for 4 to 10
 * @param releaseCopies how many of the merged releases (the first ones) hold a re-release of the document of
 *     the same number, and are themselves released again, fully scanned, with other redactions (0 for none;
 *     docs/DUPLICATES.md)
 */
public record CorpusConfig(
    int docs, long seed, double scannedRatio, Split split, int threads, ScanQuality scanQuality, int rereleases,
    int releases, int releaseSize, int releaseCopies) {
  public CorpusConfig {
    if (releaseCopies < 0 || releaseCopies > releases) {
      throw new IllegalArgumentException(
          "--release-copies must be between 0 and --merged-releases (" + releases + "), got " + releaseCopies);
    }
    scanQuality = scanQuality == null ? ScanQuality.STANDARD : scanQuality;
    if (docs < 1 && !(docs == 0 && releases > 0)) {
      throw new IllegalArgumentException("--docs must be at least 1, got " + docs);
    }
    if (rereleases < 0 || rereleases > docs) {
      throw new IllegalArgumentException("--rereleases must be between 0 and --docs (" + docs + "), got " + rereleases);
    }
    if (releases < 0) {
      throw new IllegalArgumentException("--merged-releases must be 0 or more, got " + releases);
    }
    if (releaseSize < 0 || releaseSize > 200) {
      throw new IllegalArgumentException("--release-size must be between 1 and 200 (0 for random), got " + releaseSize);
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

  /** A config without copies of merged releases. */
  public CorpusConfig(
      int docs, long seed, double scannedRatio, Split split, int threads, ScanQuality scanQuality, int rereleases,
      int releases, int releaseSize) {
    this(docs, seed, scannedRatio, split, threads, scanQuality, rereleases, releases, releaseSize, 0);
  }

  /** A config of standard scans without re-releases or merged releases. */
  public CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads) {
    this(docs, seed, scannedRatio, split, threads, ScanQuality.STANDARD, 0, 0, 0);
  }

  /** A config without re-releases or merged releases. */
  public CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads, ScanQuality scanQuality) {
    this(docs, seed, scannedRatio, split, threads, scanQuality, 0, 0, 0);
  }

  /** A config of standard scans with re-releases. */
  public CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads, int rereleases) {
    this(docs, seed, scannedRatio, split, threads, ScanQuality.STANDARD, rereleases, 0, 0);
  }

  /** A config of standard scans with merged releases. */
  public CorpusConfig(int docs, long seed, double scannedRatio, Split split, int threads, int releases, int releaseSize) {
    this(docs, seed, scannedRatio, split, threads, ScanQuality.STANDARD, 0, releases, releaseSize);
  }

  /** A config with one thread per core. */
  public static CorpusConfig of(int docs, long seed, double scannedRatio, Split split) {
    return new CorpusConfig(docs, seed, scannedRatio, split, Runtime.getRuntime().availableProcessors());
  }
}
