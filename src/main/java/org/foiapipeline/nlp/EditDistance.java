package org.foiapipeline.nlp;

import java.util.HashSet;
import java.util.Set;

/** Levenshtein distance and the deletion variants used to find near spellings without scanning a list. */
public final class EditDistance {
  private EditDistance() {}

  /** The distance OCR may add to a name of this length: 2 from 10 letters, 1 from 6, else 0. */
  static int allowed(int length) {
    return length >= 10 ? 2 : length >= 6 ? 1 : 0;
  }

  /** Levenshtein distance of a and b, or {@code limit + 1} as soon as it is known to exceed limit. */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /** The word and every form of it with up to {@code depth} letters deleted. */
  static Set<String> deletions(String word, int depth) {
    Set<String> out = new HashSet<>();
    out.add(word);
    Set<String> frontier = Set.of(word);
    for (int d = 0; d < depth; d++) {
      Set<String> next = new HashSet<>();
      for (String w : frontier) {
        for (int i = 0; i < w.length(); i++) {
          next.add(w.substring(0, i) + w.substring(i + 1));
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }
}
