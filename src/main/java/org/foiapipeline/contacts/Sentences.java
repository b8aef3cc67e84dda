package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits page text into sentences with their offsets. Printed pages wrap lines mid-sentence, so a single
 * newline does not end a sentence; a blank line does, and so does {@code .!?} followed by a capital — except
 * after an initial ("U.S.") or a common abbreviation ("Co.", "Mr.", "Mar.").
 */
final class Sentences {
  /** One sentence: its text and where it stands on the page. */
  record Span(String text, int start, int end) {}

  private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”')]?\\s+(?=[\"“(]?[A-Z0-9])|\\n[ \\t]*\\n\\s*");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "no", "co", "st", "inc", "dept", "gov", "sgt", "lt", "capt", "det", "ofc",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "u.s",
          "e.g", "i.e", "etc", "approx", "jr", "sr", "hon", "cmdr", "ave", "blvd", "rd");

  private Sentences() {}

  static List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      if (m.group().charAt(0) == '.' && abbreviationBefore(text, m.start())) {
        continue;
      }
      add(text, start, m.group().charAt(0) == '\n' ? m.start() : m.start() + 1, out);
      start = m.end();
    }
    add(text, start, to, out);
    return out;
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(text.substring(start, end), start, end));
    }
  }
}
