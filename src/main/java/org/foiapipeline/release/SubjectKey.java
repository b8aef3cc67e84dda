package org.foiapipeline.release;

import java.util.Locale;
import java.util.regex.Pattern;
import org.foiapipeline.nlp.EditDistance;

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

  /** Levenshtein distance, or {@code limit + 1} once it is known to exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    return EditDistance.distance(a, b, limit);
  }
}
