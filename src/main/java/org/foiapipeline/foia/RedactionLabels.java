package org.foiapipeline.foia;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The exemption codes printed beside a redaction box: the label that starts right after where the box stands
 * in the text ({@code █ (b)(6), (b)(7)(C)}, {@code █ b6}), on the same line. A code further along the line is
 * the text's, not the box's. Immutable and thread-safe.
 */
public final class RedactionLabels {
  /** How far after the box a label may reach, in characters. */
  static final int MAX_LABEL_CHARS = 40;
  /**
   * A label starts with a bracket or a b (or the b's OCR confusions) within a few characters of the box; on a
   * scan, OCR may first read the box itself as a short word ("ES", "i").
   */
  private static final Pattern LABEL_START = Pattern.compile("^(?:\\S{1,3}\\s+)?\\W{0,2}[(\\[{bBhoO0]");

  private final ExemptionFinder finder = new ExemptionFinder();

  /**
   * @param text the page text
   * @param offset where the box stands in {@code text}
   * @param limit where the next box stands (a label never reaches past it), or {@code text.length()}
   * @return the normalised codes of the label, in order; empty when no label is printed there
   */
  public List<String> codes(String text, int offset, int limit) {
    int start = Math.max(0, Math.min(offset, text.length()));
    int end = Math.min(Math.min(limit, text.length()), start + MAX_LABEL_CHARS);
    if (end <= start) {
      return List.of();
    }
    String window = text.substring(start, end);
    int newline = window.indexOf('\n', window.isEmpty() || window.charAt(0) != '\n' ? 0 : 1);
    if (newline > 0) {
      window = window.substring(0, newline);
    }
    window = window.strip();
    if (!LABEL_START.matcher(window).find()) {
      return List.of();
    }
    return finder.find(labelOnly(window));
  }

  /** The label ends where ordinary words begin: "(b)(6) at ERO Omaha" → "(b)(6)". */
  private static String labelOnly(String window) {
    String[] parts = window.split("\\s+");
    StringBuilder label = new StringBuilder();
    for (String p : parts) {
      if (!p.matches("(?i)[(\\[{)\\]}b0-9a-fhoOlI,;.&/]+|and")) {
        break;
      }
      label.append(p).append(' ');
    }
    return label.toString();
  }
}
