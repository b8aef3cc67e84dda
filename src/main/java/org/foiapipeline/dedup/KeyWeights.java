package org.foiapipeline.dedup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a distinctive word says about which document this is: its inverse document frequency in the
 * collection, and nothing at all for words in more than {@link #maxShare} of the documents (template words
 * such as "Memorandum" or "Participating" that every agreement prints).
 */
final class KeyWeights {
  /** Words in more documents than this share (and more than {@link #MIN_COMMON}) weigh nothing. */
  static final double maxShare = 0.03;
  /** However small the collection, a word in this many documents may still be a document's own. */
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
    if (n > Math.max(MIN_COMMON, maxShare * documents)) {
      return 0;
    }
    return Math.log(1 + documents / (double) n);
  }

  /** Weighted Jaccard of the two key sets; 0 when neither has a key that weighs anything. */
  double similarity(Signature a, Signature b) {
    int[] x = a.keysView();
    int[] y = b.keysView();
    double both = 0;
    double either = 0;
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) {
        either += weight(x[i++]);
      } else if (i >= x.length || y[j] < x[i]) {
        either += weight(y[j++]);
      } else {
        double w = weight(x[i]);
        both += w;
        either += w;
        i++;
        j++;
      }
    }
    return either == 0 ? 0 : both / either;
  }
}
