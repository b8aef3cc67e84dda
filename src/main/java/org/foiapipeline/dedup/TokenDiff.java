package org.foiapipeline.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Myers' O((N+M)D) shortest edit script between two token lists: the longest run of common tokens kept in
 * order, the rest removed from {@code a} or added from {@code b}. Past {@link #MAX_EDITS} differences (two
 * different documents, not two releases) the common prefix and suffix are kept and the middle is reported as
 * replaced, so time and memory stay bounded.
 */
public final class TokenDiff {
  /** Most differences aligned exactly. */
  public static final int MAX_EDITS = 3_000;

  /** What happens to a run of tokens. */
  public enum Op {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run: tokens {@code [aFrom, aTo)} of {@code a} and/or {@code [bFrom, bTo)} of {@code b}. */
  public record Run(Op op, int aFrom, int aTo, int bFrom, int bTo) {}

  private TokenDiff() {}

  /** The edit script from {@code a} to {@code b}, adjacent runs of one kind merged. */
  public static List<Run> diff(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Run> runs = new ArrayList<>();
    add(runs, Op.SAME, 0, prefix, 0, prefix);
    List<String> ma = a.subList(prefix, a.size() - suffix);
    List<String> mb = b.subList(prefix, b.size() - suffix);
    List<int[]> middle = myers(ma, mb);
    if (middle == null) {
      add(runs, Op.REMOVED, prefix, a.size() - suffix, prefix, prefix);
      add(runs, Op.ADDED, a.size() - suffix, a.size() - suffix, prefix, b.size() - suffix);
    } else {
      for (int[] step : middle) {
        Op op = step[0] == 0 ? Op.SAME : step[0] == 1 ? Op.REMOVED : Op.ADDED;
        add(runs, op, prefix + step[1], prefix + step[2], prefix + step[3], prefix + step[4]);
      }
    }
    add(runs, Op.SAME, a.size() - suffix, a.size(), b.size() - suffix, b.size());
    return runs;
  }

  private static void add(List<Run> runs, Op op, int aFrom, int aTo, int bFrom, int bTo) {
    if (aFrom == aTo && bFrom == bTo) {
      return;
    }
    if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
      Run last = runs.remove(runs.size() - 1);
      runs.add(new Run(op, last.aFrom(), aTo, last.bFrom(), bTo));
    } else {
      runs.add(new Run(op, aFrom, aTo, bFrom, bTo));
    }
  }

  /** Steps {op, aFrom, aTo, bFrom, bTo} in order, or null past {@link #MAX_EDITS}. */
  private static List<int[]> myers(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        boolean down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
        int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return backtrack(trace, offset, n, m);
        }
      }
    }
    return null;
  }

  private static List<int[]> backtrack(List<int[]> trace, int offset, int n, int m) {
    List<int[]> steps = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      boolean down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
      int prevK = down ? k + 1 : k - 1;
      int prevX = d == 0 ? 0 : v[offset + prevK];
      int prevY = prevX - prevK;
      int startX = d == 0 ? 0 : down ? prevX : prevX + 1;
      int startY = d == 0 ? 0 : down ? prevY + 1 : prevY;
      if (x > startX) {
        steps.add(new int[] {0, startX, x, startY, y});
      }
      if (d > 0) {
        steps.add(down ? new int[] {2, prevX, prevX, prevY, startY} : new int[] {1, prevX, startX, prevY, prevY});
      }
      x = prevX;
      y = prevY;
    }
    Collections.reverse(steps);
    return steps;
  }
}
