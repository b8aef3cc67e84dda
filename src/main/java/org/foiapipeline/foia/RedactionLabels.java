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
    Label label = label(text, offset, limit);
    return label == null ? List.of() : label.codes();
  }

  /** A label: its codes and where it stands in the text, {@code [start, end)}. */
  public record Label(List<String> codes, int start, int end) {}

  /** The label printed beside a box standing at {@code offset}, or null when there is none. */
  public Label label(String text, int offset, int limit) {
    int start = Math.max(0, Math.min(offset, text.length()));
    int end = Math.min(Math.min(limit, text.length()), start + MAX_LABEL_CHARS);
    if (end <= start) {
      return null;
    }
    String window = text.substring(start, end);
    int newline = window.indexOf('\n', window.isEmpty() || window.charAt(0) != '\n' ? 0 : 1);
    if (newline > 0) {
      window = window.substring(0, newline);
    }
    if (!LABEL_START.matcher(window.strip()).find()) {
      return null;
    }
    int[] span = labelSpan(window);
    if (span == null) {
      return null;
    }
    List<String> codes = finder.find(ocrRepaired(window.substring(span[0], span[1])));
    return codes.isEmpty() ? null : new Label(codes, start + span[0], start + span[1]);
  }

  /** OCR's misreadings of the "b" of a code beside a box, where nothing but a code can stand. */
  private static final Pattern MISREAD_B = Pattern.compile("[(\\[{]\\s?[5680hoO]?\\s?[)\\]}]\\s?(?=[(\\[{]\\s?[1-9lI])");
  private static final Pattern LOST_PAREN = Pattern.compile("\\(b\\(");
  private static final Pattern LOST_B = Pattern.compile("^[(\\[{1lI]\\(?([2-9])(?=[,;])");

  /**
   * A label as it was printed: {@code (5)(6)}, {@code (6)(6)} → {@code (b)(6)}; {@code (b(7)} → {@code (b)(7)};
   * {@code (6, b7c} or {@code 16, b7c} → {@code b6, b7c}. Only applied beside a box: in running text these
   * would be list numbers.
   */
  static String ocrRepaired(String label) {
    String s = MISREAD_B.matcher(label).replaceAll("(b)");
    s = LOST_PAREN.matcher(s).replaceAll("(b)(");
    return LOST_B.matcher(s).replaceAll("b$1");
  }

  /**
   * Where the label stands in the window: from its first code-like word (a short word OCR read off the box may
   * come first) to where ordinary words begin ("(b)(6) at ERO Omaha" → "(b)(6)").
   */
  private static int[] labelSpan(String window) {
    java.util.regex.Matcher word = Pattern.compile("\\S+").matcher(window);
    int from = -1;
    int to = -1;
    int seen = 0;
    while (word.find()) {
      boolean code = word.group().matches("(?i)[(\\[{)\\]}b0-9a-fhoOlI,;.&/]+|and") && word.group().matches(".*[0-9(\\[{].*");
      if (code) {
        from = from < 0 ? word.start() : from;
        to = word.end();
      } else if (from >= 0 || ++seen > 1) {
        break;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }
}
