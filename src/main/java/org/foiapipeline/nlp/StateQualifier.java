package org.foiapipeline.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A state written right after a local name: "Dickinson Police Department, ND", "Dakota County, Nebraska". The
 * state is taken into the mention, so the resolver reads the name and its state together. A two-letter code
 * counts only in capitals and when the line, a sentence or a ZIP code follows ("…, IN accordance with" is
 * not Indiana).
 */
public final class StateQualifier {
  private final Pattern after;
  private final Pattern trailing;

  public StateQualifier(ReferenceData data) {
    String codes = data.states().stream().map(StateRecord::code).collect(Collectors.joining("|"));
    String names =
        data.states().stream().map(s -> Pattern.quote(s.name()).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    String state = "(?:(" + codes + ")\\.?(?=[ \\t]*(?:$|[\\r\\n.,;:)]|\\d{5}))|(" + names + ")\\b)";
    this.after = Pattern.compile("\\G,[ \\t]*" + state, Pattern.MULTILINE);
    this.trailing = Pattern.compile(",[ \\t]*" + state + "\\.?\\s*$");
  }

  public static StateQualifier standard() {
    return Holder.QUALIFIER;
  }

  private static final class Holder {
    static final StateQualifier QUALIFIER = new StateQualifier(ReferenceData.standard());
  }

  /** The mentions with a county or place mention extended over a state that follows it. */
  public List<Mention> extend(String text, List<Mention> mentions) {
    return mentions.stream().map(m -> extend(text, m)).toList();
  }

  private Mention extend(String text, Mention m) {
    if (m.type() != EntityType.COUNTY && m.type() != EntityType.PLACE) {
      return m;
    }
    Matcher matcher = after.matcher(text);
    if (m.end() >= text.length() || !matcher.find(m.end()) || matcher.start() != m.end()) {
      return m;
    }
    return new Mention(text.substring(m.start(), matcher.end()), m.type(), m.start(), matcher.end(), m.source());
  }

  /** The state code or name at the end of a mention's text ("…, ND" → "ND"), if there is one. */
  public Optional<String> stateOf(String mentionText) {
    Matcher m = trailing.matcher(mentionText);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2).replaceAll("\\s+", " "));
  }
}
