package org.foiapipeline.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Levenshtein distance (unit-cost insert, delete, substitute) with Myers' bit-parallel algorithm in
 * Hyyrö's blocked form, restricted to Ukkonen's diagonal band. A page of 3,000 characters against its OCR
 * costs n·⌈m/64⌉ word operations for the full matrix, but OCR text is usually close to gold, so the band
 * starts narrow (a few 64-row blocks per column) and doubles only while the distance found exceeds it.
 */
public final class Levenshtein {
  private static final int FIRST_BAND = 128;

  private Levenshtein() {}

  /** Distance between two strings counted in code points. */
  public static int distance(String a, String b) {
    return distance(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** Distance between two symbol sequences (code points, or word numbers for word error rate). */
  public static int distance(int[] a, int[] b) {
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
      suffix++;
    }
    int[] x = Arrays.copyOfRange(a, prefix, a.length - suffix);
    int[] y = Arrays.copyOfRange(b, prefix, b.length - suffix);
    int[] pattern = x.length <= y.length ? x : y;
    int[] text = pattern == x ? y : x;
    if (pattern.length == 0) {
      return text.length;
    }
    return new Run(pattern).distance(text);
  }

  /** The bit vectors of one pattern (the shorter input, one bit per row) run over the text's columns. */
  private static final class Run {
    private static final long[] NO_MATCH = new long[0];
    private final int m;
    private final int blocks;
    private final long lastBit;
    private final Map<Integer, long[]> peq = new HashMap<>();
    private final long[] pv;
    private final long[] mv;
    private final int[] score;

    Run(int[] pattern) {
      m = pattern.length;
      blocks = (m + 63) / 64;
      lastBit = 1L << ((m - 1) % 64);
      for (int i = 0; i < m; i++) {
        peq.computeIfAbsent(pattern[i], k -> new long[blocks])[i / 64] |= 1L << (i % 64);
      }
      pv = new long[blocks];
      mv = new long[blocks];
      score = new int[blocks];
    }

    /** Widens the band until the distance found lies inside it, which proves it exact. */
    int distance(int[] text) {
      int lengthGap = text.length - m;
      for (long k = lengthGap + FIRST_BAND; ; k *= 2) {
        long half = (k - lengthGap) / 2;
        int found = banded(text, (int) Math.min(half, m));
        if (found <= k || half >= m - 1) {
          return found;
        }
      }
    }

    /**
     * Computes only the blocks holding rows {@code j - gap - half .. j + half} of column j. Cells outside
     * get values of real (if poor) alignments, so the result is never below the true distance, and it is
     * exact whenever the best alignment stays in the band, which any alignment of cost ≤ k does.
     */
    private int banded(int[] text, int half) {
      int gap = text.length - m;
      for (int b = 0; b < blocks; b++) {
        pv[b] = -1L;
        mv[b] = 0L;
        score[b] = Math.min(64 * (b + 1), m);
      }
      int last = 0;
      for (int j = 1; j <= text.length; j++) {
        int first = Math.max(0, (j - gap - half - 1) / 64);
        int newLast = Math.min(blocks - 1, (j + half - 1) / 64);
        for (int b = last + 1; b <= newLast; b++) {
          // A block entering the band starts from the cell above it plus one deletion per row.
          pv[b] = -1L;
          mv[b] = 0L;
          score[b] = score[b - 1] + Math.min(64, m - 64 * b);
        }
        last = newLast;
        column(text[j - 1], first, last);
      }
      return score[blocks - 1];
    }

    private void column(int symbol, int first, int last) {
      long[] eq = peq.getOrDefault(symbol, NO_MATCH);
      // Above the band (and at row 0) the cost grows by one per column: the carry in is +1.
      int carry = 1;
      for (int b = first; b <= last; b++) {
        carry = advance(b, eq.length == 0 ? 0L : eq[b], carry, b == blocks - 1 ? lastBit : Long.MIN_VALUE);
        score[b] += carry;
      }
    }

    /** Advances block {@code b} by one column; returns the horizontal delta at its {@code outBit}. */
    private int advance(int b, long eq, int hin, long outBit) {
      long p = pv[b];
      long m = mv[b];
      long hinNeg = hin < 0 ? 1L : 0L;
      long xv = eq | m;
      long e = eq | hinNeg;
      long xh = (((e & p) + p) ^ p) | e;
      long ph = m | ~(xh | p);
      long mh = p & xh;
      int hout = (ph & outBit) != 0 ? 1 : (mh & outBit) != 0 ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1L : 0L);
      mh = (mh << 1) | hinNeg;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      return hout;
    }
  }
}
