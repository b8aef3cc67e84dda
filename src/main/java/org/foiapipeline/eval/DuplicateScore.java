package org.foiapipeline.eval;

import java.util.List;

/**
 * Near-duplicate detection scored over pairs of documents (docs/QUALITY.md).
 *
 * @param pairs all pairs: tp in one group in both, fp only in output, fn only in gold
 * @param withScanned the same over pairs where at least one document has scanned pages
 * @param goldGroups groups gold has among the matched documents
 * @param outputGroups groups the output has among the matched documents
 * @param misses the first missed ({@code missed a ~ b}) and false ({@code false a ~ b}) pairs
 */
public record DuplicateScore(SetScore pairs, SetScore withScanned, int goldGroups, int outputGroups, List<String> misses) {
  public DuplicateScore {
    misses = List.copyOf(misses);
  }
}
