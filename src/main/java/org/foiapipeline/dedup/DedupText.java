package org.foiapipeline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.foiapipeline.foia.BatesFinder;

/**
 * The text two releases of one document share: lowercased words with what differs between releases taken
 * out, namely Bates numbers, page labels ("Page 2 of 5"), exemption codes printed beside redaction boxes and
 * redaction markers. Thread-safe.
 */
public final class DedupText {
  /** (b)(6), (b) (7)(C), [b](6), OCR's (h)(6) and ()(6), and lists of them. */
  static final Pattern EXEMPTION =
      Pattern.compile("[(\\[{]\\s?[bhoO0]?\\s?[)\\]}]\\s?[(\\[{]\\s?[1-9lI]\\s?[)\\]}](?:\\s?[(\\[{]\\s?[A-Fa-f]\\s?[)\\]}])?");
  /** b6, b7c, b7(C). */
  static final Pattern SHORT_EXEMPTION = Pattern.compile("(?<![\\w(\\[{])[bB][1-9](?:[A-Fa-f]|\\([A-Fa-f]\\))?(?!\\w)");
  private static final Pattern PAGE_LABEL =
      Pattern.compile("(?i)\\b(?:page\\s+)?\\d{1,4}\\s+of\\s+\\d{1,4}\\b|\\bpage\\s+\\d{1,4}\\b");
  private static final Pattern MARKER = Pattern.compile("(?i)\\[?redacted\\]?|[\\u2588\\u25A0\\u25AE]+|x{4,}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * Characters of a page a signature reads. A printed page holds about 5,000; a "page" of megabytes (a text
   * dump, a JSON file in a release) would otherwise cost time in the square of its length here, and its
   * first 100,000 characters tell its copies apart as well as all of it.
   */
  static final int MAX_CHARS = 100_000;

  private final BatesFinder bates = new BatesFinder();

  /**
   * The first {@link #MAX_CHARS} characters of the text with Bates numbers and page labels (what every
   * release numbers anew) replaced by spaces.
   */
  public String stripFurniture(String text) {
    String out = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    for (String b : bates.find(out)) {
      out = out.replace(b, " ");
    }
    return PAGE_LABEL.matcher(out).replaceAll(" ");
  }

  /** The text with Bates numbers, page labels, exemption codes and redaction markers replaced by spaces. */
  public String strip(String text) {
    String out = stripFurniture(text);
    out = EXEMPTION.matcher(out).replaceAll(" ");
    out = SHORT_EXEMPTION.matcher(out).replaceAll(" ");
    return MARKER.matcher(out).replaceAll(" ");
  }

  /**
   * The words of a page, lowercased; single characters (stray OCR marks, page numbers, list letters) left out.
   */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(strip(text));
    while (m.find()) {
      if (m.end() - m.start() > 1) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
