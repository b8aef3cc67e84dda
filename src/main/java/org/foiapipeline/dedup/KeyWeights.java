package org.foiapipeline.dedup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a key (an entity id or a date) says about which document this is: its inverse document frequency
 * in the collection, and nothing at all for keys in more than {@link #MAX_SHARE} of the documents (a state
 * every other document names says nothing).
 */
final class KeyWeights {
  /** Keys in more documents than this share (and more than {@link #MIN_COMMON}) weigh nothing. */
  static final double MAX_SHARE = 0.03;
  /** However small the collection, a key in this many documents may still be a document's own. */
  static final int MIN_COMMON = 6;

  private final Map<Integer, Integer> df;
  private final int documents;

  private KeyWeights(Map<Integer, Integer> df, int documents) {
    this.df = df;
    this.documents = documents;
  }

  static KeyWeights of(Collection<Signature> signatures) {
    Map<Integer, Integer> df = new HashMap<>();
    for (Signature s : signatures) {
      for (int k : s.keysView()) {
        df.merge(k, 1, Integer::sum);
      }
    }
    return new KeyWeights(df, signatures.size());
  }

  double weight(int key) {
    int n = df.getOrDefault(key, 1);
    if (n > Math.max(MIN_COMMON, MAX_SHARE * documents)) {
      return 0;
    }
    return Math.log(1 + documents / (double) n);
  }

  /**
   * How well the keys agree: the weight of the shared keys over itself plus the smaller of the two sides'
   * own keys. The smaller side, because a release that hides a name, or a cover page that adds some, leaves
   * one side with extra keys while the other has almost none; two documents about different counties each
   * have their own. NaN when neither side has a key that weighs anything.
   */
  double similarity(Signature a, Signature b) {
    int[] x = a.keysView();
    int[] y = b.keysView();
    double both = 0;
    double onlyA = 0;
    double onlyB = 0;
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) {
        onlyA += weight(x[i++]);
      } else if (i >= x.length || y[j] < x[i]) {
        onlyB += weight(y[j++]);
      } else {
        both += weight(x[i]);
        i++;
        j++;
      }
    }
    double whole = both + Math.min(onlyA, onlyB);
    return both + onlyA + onlyB == 0 ? Double.NaN : whole == 0 ? 0 : both / whole;
  }
}
