package org.foiapipeline.release;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subject line reduced to what stays the same along a thread: reply and forward prefixes ({@code RE:},
 * {@code Fw:}, {@code FWD:}, repeated, in any case, with OCR's {@code ;} for {@code :}) and tags such as
 * {@code [EXTERNAL]} dropped, punctuation folded to spaces, lowercased.
 */
public final class SubjectKey {
  private static final Pattern PREFIX =
      Pattern.compile("(?i)^\\s*(?:(?:re|fw|fwd|aw|tr|wg)\\s*[:;.]|\\[[^\\]]{0,20}\\]|\\(external\\))\\s*");

  private SubjectKey() {}

  public static String of(String subject) {
    String s = subject == null ? "" : subject.strip();
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Whether two keys name the same thread: equal, or a few OCR edits apart (one in ten characters). */
  public static boolean similar(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    int limit = Math.max(1, Math.min(a.length(), b.length()) / 10);
    return Math.abs(a.length() - b.length()) <= limit && distance(a, b, limit) <= limit;
  }

  /** Levenshtein distance, stopping early once every cell of a row exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > limit) {
        return best;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
