package org.foiapipeline.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which page of one release is which page of another: pages of two near-duplicate documents matched one to
 * one by their signatures, best match first. A re-release that adds a cover page, drops a withheld page or
 * sits at pages 14-16 of a merged release still pairs each page with its copy. Thread-safe (stateless).
 */
public final class PageAlignment {
  /**
   * Least estimated bigram similarity for two pages to be copies: a scanned, re-redacted copy of a page keeps
   * well above this, two pages of one template with other names and dates rarely reach it.
   */
  public static final double MIN_SIMILARITY = 0.25;

  private PageAlignment() {}

  /**
   * Two pages that are copies of each other.
   *
   * @param first index in the first list
   * @param second index in the second list
   * @param similarity their estimated bigram similarity
   */
  public record Match(int first, int second, double similarity) {}

  /**
   * Matches pages one to one, most similar pairs first; ties go to the pair nearest in relative position.
   * Pages without a counterpart of at least {@link #MIN_SIMILARITY} (a cover page, an empty page) stay unmatched.
   *
   * @return matches in the order of the first list's pages
   */
  public static List<Match> align(List<Signature> first, List<Signature> second) {
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      for (int j = 0; j < second.size(); j++) {
        double s = first.get(i).similarity(second.get(j));
        if (s >= MIN_SIMILARITY) {
          candidates.add(new Match(i, j, s));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Match::similarity).reversed()
        .thenComparingDouble(m -> Math.abs(m.first() / (double) first.size() - m.second() / (double) second.size())));
    boolean[] usedFirst = new boolean[first.size()];
    boolean[] usedSecond = new boolean[second.size()];
    List<Match> out = new ArrayList<>();
    for (Match m : candidates) {
      if (!usedFirst[m.first()] && !usedSecond[m.second()]) {
        usedFirst[m.first()] = true;
        usedSecond[m.second()] = true;
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Match::first));
    return out;
  }
}
