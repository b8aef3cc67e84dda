package org.foiapipeline.eval;

import java.util.Map;

/**
 * How the gold redaction boxes fared, per gold page kind ({@code digital}, {@code scanned}) and {@code all}.
 * Empty when gold holds no redaction boxes (gold made before they were recorded).
 *
 * @param byPageKind counts per gold page kind, and {@code all}
 */
public record RedactionScore(Map<String, Counts> byPageKind) {
  public RedactionScore {
    byPageKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPageKind));
  }

  /**
   * @param gold gold redaction boxes
   * @param found gold boxes the output has a box for (same page, overlapping, within a line)
   * @param tokens found boxes placed in the page text, so that they are tokens in the index
   * @param codes tokens whose exemption codes are those printed beside the gold box
   * @param output output boxes on those pages
   * @param spurious output boxes that match no gold box
   */
  public record Counts(long gold, long found, long tokens, long codes, long output, long spurious) {
    Counts plus(Counts o) {
      return new Counts(gold + o.gold, found + o.found, tokens + o.tokens, codes + o.codes, output + o.output,
          spurious + o.spurious);
    }

    /** Share of gold boxes that became tokens; 1 when gold has none. */
    public double tokenRecall() {
      return gold == 0 ? 1 : (double) tokens / gold;
    }

    /** Share of gold boxes that became tokens carrying the right codes; 1 when gold has none. */
    public double codeRecall() {
      return gold == 0 ? 1 : (double) codes / gold;
    }

    /** Share of output boxes that are gold boxes; 1 when there are none. */
    public double precision() {
      return output == 0 ? 1 : (double) (output - spurious) / output;
    }
  }
}
