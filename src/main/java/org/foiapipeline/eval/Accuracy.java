package org.foiapipeline.eval;

/**
 * The share of cases judged correct. With no cases the value is 1.0 and {@code total} says so.
 *
 * @param value {@code correct / total}
 */
public record Accuracy(long correct, long total, double value) {

  public static Accuracy of(long correct, long total) {
    return new Accuracy(correct, total, total == 0 ? 1.0 : (double) correct / total);
  }
}
