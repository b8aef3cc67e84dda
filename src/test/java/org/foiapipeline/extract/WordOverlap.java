package org.foiapipeline.extract;

import java.util.HashMap;
import java.util.Map;

/** Bag-of-words agreement between two texts: overlap of their word multisets, whitespace normalised. */
record WordOverlap(long common, long left, long right) {
  static WordOverlap of(String a, String b) {
    Map<String, Integer> bagA = bag(a);
    Map<String, Integer> bagB = bag(b);
    long common = 0;
    for (Map.Entry<String, Integer> e : bagA.entrySet()) {
      common += Math.min(e.getValue(), bagB.getOrDefault(e.getKey(), 0));
    }
    return new WordOverlap(common, total(bagA), total(bagB));
  }

  WordOverlap plus(WordOverlap o) {
    return new WordOverlap(common + o.common, left + o.left, right + o.right);
  }

  /** F1 of the two bags; 1 when both are empty. */
  double f1() {
    return left + right == 0 ? 1 : 2.0 * common / (left + right);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String w : text.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        bag.merge(w, 1, Integer::sum);
      }
    }
    return bag;
  }

  private static long total(Map<String, Integer> bag) {
    return bag.values().stream().mapToLong(Integer::longValue).sum();
  }
}
