package org.foiapipeline.corpus;

/** Seed arithmetic: one independent seed per document, whatever thread generates it. */
final class Seeds {
  private Seeds() {}

  /** The SplitMix64 finaliser: spreads nearby inputs over the whole long range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A merged release's seed: a stream apart from the documents' so that adding releases changes no document. */
  static long release(long seed, Split split, int index) {
    return mix(mix(seed ^ split.salt() ^ 0x4E1E_A5E5_0000_0003L) + index * 0x9E3779B97F4A7C15L);
  }

  static long document(long seed, Split split, int index) {
    return mix(mix(seed ^ split.salt()) + index * 0x9E3779B97F4A7C15L);
  }
}
