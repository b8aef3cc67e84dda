package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts one set comparison over documents and keeps the first few misses. Keys are compared; values are
 * the labels shown for misses ({@code id (name)}).
 */
final class Tally {
  private final int limit;
  private final List<String> falseNegatives = new ArrayList<>();
  private final List<String> falsePositives = new ArrayList<>();
  private long tp;
  private long fp;
  private long fn;

  /** @param limit how many misses of each side to keep */
  Tally(int limit) {
    this.limit = limit;
  }

  /** Adds one document's gold and output sets, keyed as they compare, valued as they are shown. */
  void add(String document, Map<String, String> gold, Map<String, String> output) {
    for (Map.Entry<String, String> item : gold.entrySet()) {
      if (output.containsKey(item.getKey())) {
        tp++;
      } else {
        fn++;
        keep(falseNegatives, document, item.getValue());
      }
    }
    for (Map.Entry<String, String> item : output.entrySet()) {
      if (!gold.containsKey(item.getKey())) {
        fp++;
        keep(falsePositives, document, item.getValue());
      }
    }
  }

  SetScore score() {
    return SetScore.of(tp, fp, fn);
  }

  Misses misses() {
    return new Misses(falseNegatives, falsePositives);
  }

  private void keep(List<String> misses, String document, String label) {
    if (misses.size() < limit) {
      misses.add(document + ": " + label);
    }
  }
}
