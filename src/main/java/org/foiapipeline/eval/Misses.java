package org.foiapipeline.eval;

import java.util.List;

/**
 * The first few errors of one kind, each as {@code doc path: id (name)}, so a reader can look them up.
 *
 * @param falseNegatives in gold, missing from output
 * @param falsePositives in output, not in gold
 */
public record Misses(List<String> falseNegatives, List<String> falsePositives) {
  public Misses {
    falseNegatives = List.copyOf(falseNegatives);
    falsePositives = List.copyOf(falsePositives);
  }
}
