package org.foiapipeline.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A state written next to a local name: after it ("Dickinson Police Department, ND", "Dakota County,
 * Nebraska", "Stonewall County (TX)") or alone before it at the start of its line, as in a table ("NC  Scotland County Sheriff's
 * Office"). A two-letter code counts only in capitals, and after a name only when the line, a sentence or a
 * ZIP code follows ("…, IN accordance with" is not Indiana). Immutable.
 */
public final class StateQualifier {
  private final Pattern after;
  private final Pattern before;
  private final Pattern beforeAnyCase;
  private final Pattern tableRow;
  private static final String TN_AS_TRADEMARK = "\u2122N?";

  public StateQualifier(ReferenceData data) {
    String codes = data.states().stream().map(StateRecord::code).collect(Collectors.joining("|"));
    String names =
        data.states().stream().map(s -> Pattern.quote(s.name()).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    String state = "(?:(" + codes + ")\\.?(?=[ \\t]*(?:$|[\\r\\n.,;:)]|\\d{5}))|(" + names + ")\\b)";
    // "Hamilton County Tennessee Sheriff's Office": a state written between the name and the office word.
    String office = "(?=\\s+(?:Sheriff|Police|Board|Commission|Jail|Detention|Department|Office|Co\\.|County\\s+Sheriff))";
    this.after =
        Pattern.compile(
            "(?:,[ \\t]*" + state + "|[ \\t]*\\((" + codes + ")\\)|[ \\t]+(" + names + "|" + codes + ")" + office + ")",
            Pattern.MULTILINE);
    // Tesseract reads a bold "TN" in a table's state column as the trademark sign ("™", "™N").
    this.before = Pattern.compile("(?:^|\\n)[ \\t]*(" + codes + "|" + TN_AS_TRADEMARK + ")[ \\t]+$");
    // Small capitals come out of OCR as "sc", "co": a lower-case code counts only in a table of state rows.
    this.beforeAnyCase = Pattern.compile("(?:^|\\n)[ \\t]*(" + codes.toLowerCase(java.util.Locale.ROOT) + ")[ \\t]+$");
    this.tableRow = Pattern.compile("^[ \\t]*(?:" + codes + ")[ \\t]+\\p{Lu}", Pattern.MULTILINE);
  }

  public static StateQualifier standard() {
    return Holder.QUALIFIER;
  }

  private static final class Holder {
    static final StateQualifier QUALIFIER = new StateQualifier(ReferenceData.standard());
  }

  /** The state code or name written right after {@code end} (", ND"), if there is one. */
  public Optional<String> after(String text, int end) {
    Matcher m = after.matcher(text);
    m.region(end, text.length());
    m.useAnchoringBounds(false);
    if (end >= text.length() || !m.lookingAt()) {
      return Optional.empty();
    }
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        return Optional.of(m.group(g).replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }

  /** The state code that alone precedes {@code start} on its line ("NC  Scotland County"), if there is one. */
  public Optional<String> before(String text, int start) {
    return beforeMatch(text, start)
        .map(m -> m.group(1).startsWith("\u2122") ? "TN" : m.group(1).toUpperCase(java.util.Locale.ROOT));
  }

  /** The offset where a state code written before {@code start} begins, or -1. */
  public int beforeStart(String text, int start) {
    return beforeMatch(text, start).map(m -> m.start(1) + Math.max(0, lineStart(text, start))).orElse(-1);
  }

  private Optional<Matcher> beforeMatch(String text, int start) {
    int lineStart = lineStart(text, start);
    if (lineStart == Integer.MIN_VALUE) {
      return Optional.empty();
    }
    String head = text.substring(Math.max(0, lineStart), start);
    Matcher m = before.matcher(head);
    if (m.find()) {
      return Optional.of(m);
    }
    Matcher lower = beforeAnyCase.matcher(head);
    return lower.find() && inStateTable(text) ? Optional.of(lower) : Optional.empty();
  }

  /** Whether at least three lines of the text begin with a capital state code and a name: a table of rows. */
  private boolean inStateTable(String text) {
    Matcher rows = tableRow.matcher(text);
    int found = 0;
    while (found < 3 && rows.find()) {
      found++;
    }
    return found >= 3;
  }

  /** Where the line holding {@code start} begins (-1 for the text's first line), or MIN_VALUE if too far back. */
  private static int lineStart(String text, int start) {
    // a line holding only a state code and spaces before the name is short: looking no further back than
    // that keeps very long lines linear
    int window = Math.max(0, start - 16);
    int lineStart = start - 1;
    while (lineStart >= window && text.charAt(lineStart) != '\n') {
      lineStart--;
    }
    return lineStart < window && window > 0 ? Integer.MIN_VALUE : lineStart;
  }
}
