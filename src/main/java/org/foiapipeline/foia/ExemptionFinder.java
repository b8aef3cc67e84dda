package org.foiapipeline.foia;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds FOIA exemption codes and normalises them to {@code (b)(6)}, {@code (b)(7)(C)}.
 *
 * <p>Reads {@code (b)(6)}, {@code (b) (6)}, {@code (b)(7)(c)}, {@code (b)(7)(C)}, lists such as
 * {@code (b)(6);(b)(7)(C)} and {@code (b)(6), (b)(7)(C)}, the short forms {@code b6}, {@code b7c}, {@code
 * b7(C)}, and OCR confusions: {@code l} or {@code I} for {@code 1}, square or curly brackets for
 * parentheses, and a {@code b} read as {@code h}, {@code o}, {@code 0} or lost ({@code (0)(7)(C)}, {@code ()(6)})
 * when an exemption number 2-9 follows. Only exemption 7 has subparagraphs (A-F); a letter after another exemption is
 * not read. Immutable and thread-safe.
 */
public final class ExemptionFinder {
  private static final String OPEN = "[(\\[{]";
  private static final String CLOSE = "[)\\]}]";
  private static final Pattern LONG =
      Pattern.compile(
          OPEN + "\\s?(?:b|(?<ocrb>[hoO0]?))\\s?" + CLOSE + "\\s?" + OPEN + "\\s?(?<num>[1-9lI])\\s?" + CLOSE
              + "(?:\\s?" + OPEN + "\\s?(?<sub>[A-Fa-f])\\s?" + CLOSE + ")?");
  private static final Pattern SHORT =
      Pattern.compile("(?<![\\w(\\[{])[bB](?<num>[1-9])(?:(?<sub>[A-Fa-f])|\\((?<psub>[A-Fa-f])\\))?(?![\\w])");

  /** The distinct codes in the text, normalised, in order of first appearance. */
  public List<String> find(String text) {
    TreeMap<Integer, String> byOffset = new TreeMap<>();
    collect(LONG, text, byOffset);
    collect(SHORT, text, byOffset);
    Set<String> distinct = new LinkedHashSet<>(byOffset.values());
    return new ArrayList<>(distinct);
  }

  private static void collect(Pattern pattern, String text, TreeMap<Integer, String> byOffset) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (pattern == LONG && m.group("ocrb") != null && !m.group("num").matches("[2-9]")) {
        continue; // "(0)(1)" is more likely a list number than a misread (b)(1)
      }
      byOffset.put(m.start(), normalise(m));
    }
  }

  private static String normalise(Matcher m) {
    String num = m.group("num").replaceAll("[lI]", "1");
    String sub = m.group("sub");
    if (sub == null && m.pattern() == SHORT) {
      sub = m.group("psub");
    }
    if (sub == null || !num.equals("7")) {
      return "(b)(" + num + ")";
    }
    return "(b)(7)(" + sub.toUpperCase(Locale.ROOT) + ")";
  }
}
