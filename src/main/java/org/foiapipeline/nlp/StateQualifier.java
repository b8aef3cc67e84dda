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
    this.before = Pattern.compile("(?:^|\\n)[ \\t]*(" + codes + ")[ \\t]+$");
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
    // a line holding only a state code and spaces before the name is short: looking no further back than
    // that keeps very long lines linear
    int window = Math.max(0, start - 16);
    int lineStart = start - 1;
    while (lineStart >= window && text.charAt(lineStart) != '\n') {
      lineStart--;
    }
    if (lineStart < window && window > 0) {
      return Optional.empty();
    }
    Matcher m = before.matcher(text.substring(Math.max(0, lineStart), start));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The offset where a state code written before {@code start} begins, or -1. */
  public int beforeStart(String text, int start) {
    Optional<String> code = before(text, start);
    return code.map(c -> text.lastIndexOf(c, start - 1)).orElse(-1);
  }
}
