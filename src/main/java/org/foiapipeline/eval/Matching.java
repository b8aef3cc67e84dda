package org.foiapipeline.eval;

import java.util.List;

/**
 * How gold documents were paired with output documents.
 *
 * @param gold gold documents
 * @param output output documents
 * @param matched gold documents with an output document ({@code byId + byPath})
 * @param byId matched on the SHA-256 id
 * @param byPath matched on the path when the ids differ
 * @param unmatchedGold gold documents with no output: scored as all missed
 * @param unmatchedOutput output documents not in gold: not scored
 * @param unmatchedGoldPaths the first few unmatched gold documents
 */
public record Matching(
    int gold,
    int output,
    int matched,
    int byId,
    int byPath,
    int unmatchedGold,
    int unmatchedOutput,
    List<String> unmatchedGoldPaths) {
  public Matching {
    unmatchedGoldPaths = List.copyOf(unmatchedGoldPaths);
  }
}
