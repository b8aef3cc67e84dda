package org.foiapipeline.eval;

/**
 * Precision, recall and F1 of a set comparison, summed over documents (micro-averaged).
 *
 * <p>An empty denominator scores 1.0: making no claims is never a wrong claim, and with nothing to find
 * nothing was missed. {@link #support()} tells a reader whether a 1.0 means anything.
 *
 * @param tp items in both gold and output
 * @param fp items in output only
 * @param fn items in gold only
 */
public record SetScore(long tp, long fp, long fn, double precision, double recall, double f1) {

  public static SetScore of(long tp, long fp, long fn) {
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new SetScore(tp, fp, fn, precision, recall, f1);
  }

  /** How many items gold and output hold together; 0 means the scores are vacuous. */
  public long support() {
    return tp + fp + fn;
  }

  public SetScore plus(SetScore other) {
    return of(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
